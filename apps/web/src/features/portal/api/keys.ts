import type { TaskStatus } from '@rundown/domain';

/** The vendor portal is per user, across organizations: its keys start with "me". */
export const portalKeys = {
  all: ['me', 'tasks'] as const,
  list: (status: TaskStatus | undefined) => [...portalKeys.all, 'list', status ?? 'all'] as const,
  comments: (taskId: string) => [...portalKeys.all, 'comments', taskId] as const,
};

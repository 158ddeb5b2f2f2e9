/** Every timeline query key starts with the organization, so switching organizations never shows stale data. */
export const timelineKeys = {
  all: (orgId: string) => ['orgs', orgId, 'timeline'] as const,
  event: (orgId: string, eventId: string) => [...timelineKeys.all(orgId), 'event', eventId] as const,
  tasks: (orgId: string, eventId: string) => [...timelineKeys.event(orgId, eventId), 'tasks'] as const,
  dependencies: (orgId: string, eventId: string) => [...timelineKeys.event(orgId, eventId), 'dependencies'] as const,
  schedule: (orgId: string, eventId: string) => [...timelineKeys.event(orgId, eventId), 'schedule'] as const,
  baselines: (orgId: string, eventId: string) => [...timelineKeys.event(orgId, eventId), 'baselines'] as const,
  comparison: (orgId: string, eventId: string, baselineId: string) => [...timelineKeys.baselines(orgId, eventId), baselineId] as const,
  comments: (orgId: string, eventId: string, taskId: string) => [...timelineKeys.event(orgId, eventId), 'comments', taskId] as const,
  attachments: (orgId: string, eventId: string, taskId: string) => [...timelineKeys.event(orgId, eventId), 'attachments', taskId] as const,
  /** Under the members and vendors features' prefixes, so their changes refresh the pickers here too. */
  members: (orgId: string) => ['orgs', orgId, 'members', 'assignable'] as const,
  vendors: (orgId: string) => ['orgs', orgId, 'vendors', 'options'] as const,
};

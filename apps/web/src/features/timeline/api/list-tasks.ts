import { timelineApi, type Task } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

const PAGE = 5000;

/** Every phase, task and milestone of the event (pages of 5,000 until the cursor runs out). */
export async function listAllTasks(orgId: string, eventId: string, signal?: AbortSignal): Promise<Task[]> {
  const out: Task[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(timelineApi.listTasks, { params: { orgId, eventId }, query: { limit: PAGE, cursor }, signal });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export const tasksQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: timelineKeys.tasks(orgId, eventId), queryFn: ({ signal }) => listAllTasks(orgId, eventId, signal) });

export function useTasks(orgId: string, eventId: string) {
  return useQuery(tasksQueryOptions(orgId, eventId));
}

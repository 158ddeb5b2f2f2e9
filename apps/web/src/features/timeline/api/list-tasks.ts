import { timelineApi, type Task } from '@rundown/domain';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { fetchAllPages, progressiveQueryFn } from '../../../lib/fetch-pages';
import { timelineKeys } from './keys';

/**
 * The API sends tasks by start: a first page of 200 holds the first screenful of the Gantt
 * and parses in a few milliseconds; the rest follows in pages of the API's maximum.
 */
const PAGE_SIZES = { first: 200, rest: 5000 };

/** Every phase, task and milestone of the event; `onPage` sees the tasks so far while later pages load. */
export function listAllTasks(orgId: string, eventId: string, signal?: AbortSignal, onPage?: (soFar: Task[]) => void): Promise<Task[]> {
  return fetchAllPages(
    (cursor, limit) => call(timelineApi.listTasks, { params: { orgId, eventId }, query: { limit, cursor }, signal }),
    PAGE_SIZES,
    onPage,
  );
}

/** Every task, drawn page by page on the first load (see `progressiveQueryFn`). */
export const tasksQueryOptions = (orgId: string, eventId: string, queryClient: QueryClient) =>
  queryOptions({
    queryKey: timelineKeys.tasks(orgId, eventId),
    queryFn: progressiveQueryFn<Task[]>(queryClient, (signal, onPage) => listAllTasks(orgId, eventId, signal, onPage)),
  });

export function useTasks(orgId: string, eventId: string) {
  return useQuery(tasksQueryOptions(orgId, eventId, useQueryClient()));
}

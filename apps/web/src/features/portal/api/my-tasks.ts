import { timelineApi, type TaskStatus, type VendorTask } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { portalKeys } from './keys';

export const MY_TASKS_PAGE = 50;

export const listMyTasks = (status: TaskStatus | undefined, cursor?: string, signal?: AbortSignal) =>
  call(timelineApi.myTasks, { query: { status, limit: MY_TASKS_PAGE, cursor }, signal });

export const myTasksQueryOptions = (status: TaskStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: portalKeys.list(status),
    queryFn: ({ pageParam, signal }) => listMyTasks(status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useMyTasks(status: TaskStatus | undefined) {
  return useInfiniteQuery(myTasksQueryOptions(status));
}

type Pages = InfiniteData<{ items: VendorTask[]; nextCursor: string | null }, string | undefined>;

/** Puts a task as the server now has it into every cached list (the status filter is refetched). */
export function storeMyTask(queryClient: QueryClient, task: VendorTask) {
  queryClient.setQueriesData<Pages>({ queryKey: portalKeys.all }, (old) =>
    old && 'pages' in old ? { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map((t) => (t.id === task.id ? task : t)) })) } : old,
  );
}

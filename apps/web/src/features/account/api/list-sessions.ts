import { accountApi, MAX_PAGE_SIZE } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { sessionKeys } from './keys';

export const listSessions = (cursor?: string, signal?: AbortSignal) =>
  call(accountApi.sessions.list, { query: { limit: MAX_PAGE_SIZE, cursor }, signal });

export const sessionsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ pageParam, signal }) => listSessions(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useSessions() {
  return useInfiniteQuery(sessionsQueryOptions());
}

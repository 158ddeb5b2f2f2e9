import { budgetApi } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const listLineHistory = (orgId: string, eventId: string, lineId: string, cursor?: string, signal?: AbortSignal) =>
  call(budgetApi.lineHistory, { params: { orgId, eventId, lineId }, query: { cursor, limit: 50 }, signal });

export const lineHistoryQueryOptions = (orgId: string, eventId: string, lineId: string) =>
  infiniteQueryOptions({
    queryKey: budgetKeys.lineHistory(orgId, eventId, lineId),
    queryFn: ({ pageParam, signal }) => listLineHistory(orgId, eventId, lineId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });

export function useLineHistory(orgId: string, eventId: string, lineId: string | null) {
  return useInfiniteQuery({ ...lineHistoryQueryOptions(orgId, eventId, lineId ?? ''), enabled: Boolean(lineId) });
}

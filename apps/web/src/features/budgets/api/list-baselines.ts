import { budgetApi } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const listBaselines = (orgId: string, eventId: string, cursor?: string, signal?: AbortSignal) =>
  call(budgetApi.listBaselines, { params: { orgId, eventId }, query: { cursor, limit: 50 }, signal });

export const baselinesQueryOptions = (orgId: string, eventId: string) =>
  infiniteQueryOptions({
    queryKey: budgetKeys.baselines(orgId, eventId),
    queryFn: ({ pageParam, signal }) => listBaselines(orgId, eventId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useBaselines(orgId: string, eventId: string) {
  return useInfiniteQuery(baselinesQueryOptions(orgId, eventId));
}

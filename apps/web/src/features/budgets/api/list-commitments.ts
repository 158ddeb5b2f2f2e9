import { budgetApi } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys, type SpendFilters } from './keys';

export const listCommitments = (orgId: string, eventId: string, filters: SpendFilters, cursor?: string, signal?: AbortSignal) =>
  call(budgetApi.listCommitments, { params: { orgId, eventId }, query: { ...filters, cursor, limit: 100 }, signal });

export const commitmentsQueryOptions = (orgId: string, eventId: string, filters: SpendFilters) =>
  infiniteQueryOptions({
    queryKey: budgetKeys.commitments(orgId, eventId, filters),
    queryFn: ({ pageParam, signal }) => listCommitments(orgId, eventId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useCommitments(orgId: string, eventId: string, filters: SpendFilters, enabled = true) {
  return useInfiniteQuery({ ...commitmentsQueryOptions(orgId, eventId, filters), enabled });
}

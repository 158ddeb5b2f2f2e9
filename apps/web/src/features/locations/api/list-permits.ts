import { locationsApi } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import type { PermitFilters } from '../utils/permits-search';
import { locationKeys } from './keys';

export const listPermits = (orgId: string, filters: PermitFilters, cursor?: string, signal?: AbortSignal) =>
  call(locationsApi.listPermits, { params: { orgId }, query: { ...filters, limit: 50, cursor }, signal });

export const permitsQueryOptions = (orgId: string, filters: PermitFilters) =>
  infiniteQueryOptions({
    queryKey: locationKeys.permits(orgId, filters),
    queryFn: ({ pageParam, signal }) => listPermits(orgId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function usePermits(orgId: string, filters: PermitFilters) {
  return useInfiniteQuery(permitsQueryOptions(orgId, filters));
}

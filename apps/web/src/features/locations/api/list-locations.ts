import { LOCATIONS_PAGE_SIZE, locationsApi } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import type { LocationFilters } from '../utils/locations-search';
import { locationKeys } from './keys';

export const listLocations = (orgId: string, filters: LocationFilters, cursor?: string, signal?: AbortSignal) =>
  call(locationsApi.list, { params: { orgId }, query: { ...filters, limit: LOCATIONS_PAGE_SIZE, cursor }, signal });

export const locationsQueryOptions = (orgId: string, filters: LocationFilters) =>
  infiniteQueryOptions({
    queryKey: locationKeys.list(orgId, filters),
    queryFn: ({ pageParam, signal }) => listLocations(orgId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useLocations(orgId: string, filters: LocationFilters) {
  return useInfiniteQuery(locationsQueryOptions(orgId, filters));
}

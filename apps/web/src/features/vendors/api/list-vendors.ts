import { timelineApi } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import type { VendorFilters } from '../utils/vendors-search';
import { vendorKeys } from './keys';

export const VENDORS_PAGE_SIZE = 100;

export const listVendors = (orgId: string, filters: VendorFilters, cursor?: string, signal?: AbortSignal) =>
  call(timelineApi.listVendors, { params: { orgId }, query: { ...filters, limit: VENDORS_PAGE_SIZE, cursor }, signal });

export const vendorsQueryOptions = (orgId: string, filters: VendorFilters) =>
  infiniteQueryOptions({
    queryKey: vendorKeys.list(orgId, filters),
    queryFn: ({ pageParam, signal }) => listVendors(orgId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useVendors(orgId: string, filters: VendorFilters) {
  return useInfiniteQuery(vendorsQueryOptions(orgId, filters));
}

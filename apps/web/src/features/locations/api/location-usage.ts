import { locationsApi } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export const listLocationUsage = (orgId: string, locationId: string, cursor?: string, signal?: AbortSignal) =>
  call(locationsApi.usage, { params: { orgId, locationId }, query: { limit: 25, cursor }, signal });

export function useLocationUsage(orgId: string, locationId: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: locationKeys.usage(orgId, locationId),
      queryFn: ({ pageParam, signal }) => listLocationUsage(orgId, locationId, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  );
}

import { api, MAX_PAGE_SIZE } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { memberKeys } from './keys';

export const listMembers = (orgId: string, cursor?: string, signal?: AbortSignal) =>
  call(api.orgs.listMembers, { params: { orgId }, query: { limit: MAX_PAGE_SIZE, cursor }, signal });

export const membersQueryOptions = (orgId: string) =>
  infiniteQueryOptions({
    queryKey: memberKeys.list(orgId),
    queryFn: ({ pageParam, signal }) => listMembers(orgId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useMembers(orgId: string) {
  return useInfiniteQuery(membersQueryOptions(orgId));
}

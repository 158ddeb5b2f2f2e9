import { api, MAX_PAGE_SIZE } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { memberKeys } from './keys';

export const listInvitations = (orgId: string, signal?: AbortSignal) =>
  call(api.orgs.listInvitations, { params: { orgId }, query: { limit: MAX_PAGE_SIZE }, signal });

export const invitationsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: memberKeys.invitations(orgId), queryFn: ({ signal }) => listInvitations(orgId, signal) });

export function useInvitations(orgId: string, enabled = true) {
  return useQuery({ ...invitationsQueryOptions(orgId), enabled });
}

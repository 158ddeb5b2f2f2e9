import { api } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { invitationKeys } from './keys';

export const getInvitationPreview = (token: string, signal?: AbortSignal) =>
  call(api.invitations.preview, { params: { token }, signal });

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({ queryKey: invitationKeys.preview(token), queryFn: ({ signal }) => getInvitationPreview(token, signal), staleTime: Infinity });

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}

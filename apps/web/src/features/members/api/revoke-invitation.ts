import { api } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { memberKeys } from './keys';

export const revokeInvitation = (orgId: string, invitationId: string) =>
  call(api.orgs.revokeInvitation, { params: { orgId, invitationId } });

export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(orgId, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations(orgId) }),
  });
}

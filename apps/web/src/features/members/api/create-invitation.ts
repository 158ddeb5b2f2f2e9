import { api, type CreateInvitationInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { memberKeys } from './keys';

export const createInvitation = (orgId: string, body: CreateInvitationInput) =>
  call(api.orgs.createInvitation, { params: { orgId }, body });

export function useCreateInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationInput) => createInvitation(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations(orgId) }),
  });
}

import { api, type AcceptInvitationAsNewUserInput, type Me } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

export const registerWithInvitation = (token: string, body: AcceptInvitationAsNewUserInput) =>
  call(api.invitations.register, { params: { token }, body });

export function useRegisterWithInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationAsNewUserInput) => registerWithInvitation(token, body),
    onSuccess: (me: Me) => queryClient.setQueryData(meQueryKey, me),
  });
}

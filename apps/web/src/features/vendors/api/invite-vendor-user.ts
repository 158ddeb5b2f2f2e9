import { timelineApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { memberKeys } from '../../members/api/keys';

export type InviteVendorUserBody = z.input<typeof timelineApi.inviteVendorUser.body>;

/** An invitation link for a person of this vendor (role vendor); the link is shown once. */
export const inviteVendorUser = (orgId: string, vendorId: string, body: InviteVendorUserBody) =>
  call(timelineApi.inviteVendorUser, { params: { orgId, vendorId }, body });

export function useInviteVendorUser(orgId: string, vendorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteVendorUserBody) => inviteVendorUser(orgId, vendorId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations(orgId) }),
  });
}

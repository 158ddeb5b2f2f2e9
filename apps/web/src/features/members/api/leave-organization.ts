import { api } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import { organizationKeys } from '../../organizations/api/keys';

export const leaveOrganization = (orgId: string) => call(api.orgs.leave, { params: { orgId } });

export function useLeaveOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => leaveOrganization(orgId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: organizationKeys.all(orgId) });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

import { api, type Role } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import { memberKeys } from './keys';

export const updateMember = (orgId: string, memberId: string, role: Role) =>
  call(api.orgs.updateMember, { params: { orgId, memberId }, body: { role } });

export function useUpdateMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, role }: { memberId: string; role: Role }) => updateMember(orgId, memberId, role),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: memberKeys.list(orgId) }),
        // My own role may have changed.
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}

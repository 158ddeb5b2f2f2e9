import { api, type Role } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import { memberKeys } from './keys';

/** PATCH with `If-Match: "<version>"`: a role changed by someone else meanwhile answers 412. */
export const updateMember = (orgId: string, memberId: string, version: number, role: Role) =>
  call(api.orgs.updateMember, { params: { orgId, memberId }, body: { role }, ifMatch: version });

export function useUpdateMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, version, role }: { memberId: string; version: number; role: Role }) => updateMember(orgId, memberId, version, role),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: memberKeys.list(orgId) }),
        // My own role may have changed.
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}

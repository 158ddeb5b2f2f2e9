import { api } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { memberKeys } from './keys';

export const removeMember = (orgId: string, memberId: string) => call(api.orgs.removeMember, { params: { orgId, memberId } });

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => removeMember(orgId, memberId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.list(orgId) }),
  });
}

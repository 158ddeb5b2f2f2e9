import { budgetApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const createBaseline = (orgId: string, eventId: string, name: string) =>
  call(budgetApi.createBaseline, { params: { orgId, eventId }, body: { name } });

export function useCreateBaseline(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createBaseline(orgId, eventId, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.baselines(orgId, eventId) }),
  });
}

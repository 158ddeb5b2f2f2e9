import { budgetApi, type UpdateFringeInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { refreshAfterFringeChange } from './fringe-cache';

export const updateFringe = (orgId: string, fringeId: string, body: UpdateFringeInput) =>
  call(budgetApi.updateFringe, { params: { orgId, fringeId }, body });

export function useUpdateFringe(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fringeId, body }: { fringeId: string; body: UpdateFringeInput }) => updateFringe(orgId, fringeId, body),
    onSuccess: () => refreshAfterFringeChange(queryClient, orgId),
  });
}

import { budgetApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { refreshAfterFringeChange } from './fringe-cache';

export const deleteFringe = (orgId: string, fringeId: string) => call(budgetApi.deleteFringe, { params: { orgId, fringeId } });

export function useDeleteFringe(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fringeId: string) => deleteFringe(orgId, fringeId),
    onSuccess: () => refreshAfterFringeChange(queryClient, orgId),
  });
}

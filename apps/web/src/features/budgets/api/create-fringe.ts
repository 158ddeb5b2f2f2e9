import { budgetApi, type CreateFringeInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { refreshAfterFringeChange } from './fringe-cache';

export const createFringe = (orgId: string, body: CreateFringeInput) => call(budgetApi.createFringe, { params: { orgId }, body });

export function useCreateFringe(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFringeInput) => createFringe(orgId, body),
    onSuccess: () => refreshAfterFringeChange(queryClient, orgId),
  });
}

import { budgetApi, type UpdateFringeInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { refreshAfterFringeChange } from './fringe-cache';

/** PATCH with `If-Match: "<version>"`: a stale version answers 412 with the rule as it is now. */
export const updateFringe = (orgId: string, fringeId: string, version: number, body: UpdateFringeInput) =>
  call(budgetApi.updateFringe, { params: { orgId, fringeId }, body, ifMatch: version });

export function useUpdateFringe(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fringeId, version, body }: { fringeId: string; version: number; body: UpdateFringeInput }) => updateFringe(orgId, fringeId, version, body),
    onSuccess: () => refreshAfterFringeChange(queryClient, orgId),
  });
}

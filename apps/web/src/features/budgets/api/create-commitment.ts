import { budgetApi, type CreateCommitmentInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { refreshAfterSpend } from './spend-cache';

export const createCommitment = (orgId: string, eventId: string, body: CreateCommitmentInput) =>
  call(budgetApi.createCommitment, { params: { orgId, eventId }, body });

export function useCreateCommitment(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommitmentInput) => createCommitment(orgId, eventId, body),
    onSuccess: () => refreshAfterSpend(queryClient, orgId, eventId),
  });
}

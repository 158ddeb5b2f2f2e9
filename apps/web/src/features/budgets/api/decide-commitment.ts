import { budgetApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { refreshAfterSpend } from './spend-cache';

export type CommitmentAction = 'approve' | 'reject' | 'cancel';

/** 403 `forbidden` when the caller submitted it (someone else must decide); 409 `invalid_transition` if already decided. */
export const decideCommitment = (orgId: string, eventId: string, commitmentId: string, action: CommitmentAction) =>
  call(budgetApi.decideCommitment, { params: { orgId, eventId, commitmentId }, body: { action } });

export function useDecideCommitment(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: CommitmentAction }) => decideCommitment(orgId, eventId, id, action),
    onSettled: () => refreshAfterSpend(queryClient, orgId, eventId),
  });
}

import { budgetApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { refreshAfterSpend } from './spend-cache';

export type ExpenseAction = 'approve' | 'reject' | 'pay';

/** 403 `forbidden` when the caller submitted it (someone else must decide); 409 `invalid_transition` if already decided. */
export const decideExpense = (orgId: string, eventId: string, expenseId: string, action: ExpenseAction) =>
  call(budgetApi.decideExpense, { params: { orgId, eventId, expenseId }, body: { action } });

export function useDecideExpense(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: ExpenseAction }) => decideExpense(orgId, eventId, id, action),
    onSettled: () => refreshAfterSpend(queryClient, orgId, eventId),
  });
}

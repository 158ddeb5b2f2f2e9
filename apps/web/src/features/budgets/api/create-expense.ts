import { budgetApi, type CreateExpenseInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { refreshAfterSpend } from './spend-cache';

export const createExpense = (orgId: string, eventId: string, body: CreateExpenseInput) =>
  call(budgetApi.createExpense, { params: { orgId, eventId }, body });

export function useCreateExpense(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateExpenseInput) => createExpense(orgId, eventId, body),
    onSuccess: () => refreshAfterSpend(queryClient, orgId, eventId),
  });
}

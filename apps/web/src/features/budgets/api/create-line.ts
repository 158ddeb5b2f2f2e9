import { budgetApi, type BudgetLine, type BudgetSummary, type CreateLineInput } from '@rundown/domain';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { adjustSummary } from '../utils/optimistic';
import { budgetKeys } from './keys';
import type { LinesData } from './list-lines';

export const createLine = (orgId: string, eventId: string, body: CreateLineInput) =>
  call(budgetApi.createLine, { params: { orgId, eventId }, body });

/** Puts new lines into the cached list and the summary, without refetching ten thousand lines. */
export function addLinesToCache(queryClient: QueryClient, orgId: string, eventId: string, added: BudgetLine[]) {
  if (added.length === 0) return;
  queryClient.setQueryData<LinesData>(budgetKeys.lines(orgId, eventId), (data) => (data ? { ...data, lines: [...data.lines, ...added] } : data));
  queryClient.setQueryData<BudgetSummary>(budgetKeys.summary(orgId, eventId), (summary) =>
    summary ? adjustSummary(summary, added.map((after) => ({ before: null, after }))) : summary,
  );
}

export function useCreateLine(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLineInput) => createLine(orgId, eventId, body),
    onSuccess: (line) => addLinesToCache(queryClient, orgId, eventId, [line]),
    onSettled: () => queryClient.invalidateQueries({ queryKey: budgetKeys.summary(orgId, eventId) }),
  });
}

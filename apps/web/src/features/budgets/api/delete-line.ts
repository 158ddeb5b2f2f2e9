import { budgetApi, type BudgetLine, type BudgetSummary } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { adjustSummary } from '../utils/optimistic';
import { budgetKeys } from './keys';
import type { LinesData } from './list-lines';

export const deleteLine = (orgId: string, eventId: string, lineId: string) =>
  call(budgetApi.deleteLine, { params: { orgId, eventId, lineId } });

/** Deletes lines optimistically: they disappear at once and come back if the server refuses. */
export function useDeleteLines(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  const linesKey = budgetKeys.lines(orgId, eventId);
  const summaryKey = budgetKeys.summary(orgId, eventId);
  return useMutation({
    mutationFn: async (lines: BudgetLine[]) => {
      const results = await Promise.allSettled(lines.map((line) => deleteLine(orgId, eventId, line.id)));
      const failed = lines.filter((_, i) => results[i]!.status === 'rejected');
      if (failed.length > 0) throw Object.assign(new Error('delete failed'), { failed, cause: (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason });
    },
    onMutate: async (lines) => {
      await queryClient.cancelQueries({ queryKey: linesKey });
      const ids = new Set(lines.map((l) => l.id));
      queryClient.setQueryData<LinesData>(linesKey, (data) => (data ? { ...data, lines: data.lines.filter((l) => !ids.has(l.id)) } : data));
      queryClient.setQueryData<BudgetSummary>(summaryKey, (s) => (s ? adjustSummary(s, lines.map((before) => ({ before, after: null }))) : s));
    },
    onError: (error) => {
      const failed = (error as { failed?: BudgetLine[] }).failed ?? [];
      if (failed.length === 0) return;
      queryClient.setQueryData<LinesData>(linesKey, (data) => (data ? { ...data, lines: [...data.lines, ...failed] } : data));
      queryClient.setQueryData<BudgetSummary>(summaryKey, (s) => (s ? adjustSummary(s, failed.map((after) => ({ before: null, after }))) : s));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: summaryKey }),
  });
}

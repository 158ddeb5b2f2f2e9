import type { QueryClient } from '@tanstack/react-query';
import { budgetKeys } from './keys';

/**
 * Spending moves a line's committed/actual/paid and the summary: after any change, refetch
 * the lists, the summary and the lines (one cheap request for the summary, a page set for lines).
 */
export function refreshAfterSpend(queryClient: QueryClient, orgId: string, eventId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: budgetKeys.allCommitments(orgId, eventId) }),
    queryClient.invalidateQueries({ queryKey: budgetKeys.allExpenses(orgId, eventId) }),
    queryClient.invalidateQueries({ queryKey: budgetKeys.summary(orgId, eventId) }),
    queryClient.invalidateQueries({ queryKey: budgetKeys.lines(orgId, eventId) }),
  ]);
}

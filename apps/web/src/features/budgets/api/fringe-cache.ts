import type { QueryClient } from '@tanstack/react-query';
import { budgetKeys } from './keys';

/** A changed rule recomputes every line using it, in every event: refetch rules, lines and summaries. */
export function refreshAfterFringeChange(queryClient: QueryClient, orgId: string) {
  return queryClient.invalidateQueries({ queryKey: budgetKeys.all(orgId) });
}

import { budgetApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const getBudgetSummary = (orgId: string, eventId: string, signal?: AbortSignal) =>
  call(budgetApi.summary, { params: { orgId, eventId }, signal });

/** The top sheet: totals by category and pending approvals. Edits patch it optimistically, then refetch it. */
export const summaryQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: budgetKeys.summary(orgId, eventId), queryFn: ({ signal }) => getBudgetSummary(orgId, eventId, signal) });

export function useBudgetSummary(orgId: string, eventId: string) {
  return useQuery(summaryQueryOptions(orgId, eventId));
}

import { budgetApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const compareBaseline = (orgId: string, eventId: string, baselineId: string, signal?: AbortSignal) =>
  call(budgetApi.compareBaseline, { params: { orgId, eventId, baselineId }, signal });

export const comparisonQueryOptions = (orgId: string, eventId: string, baselineId: string) =>
  queryOptions({
    queryKey: budgetKeys.comparison(orgId, eventId, baselineId),
    queryFn: ({ signal }) => compareBaseline(orgId, eventId, baselineId, signal),
    staleTime: 0,
  });

export function useBaselineComparison(orgId: string, eventId: string, baselineId: string | undefined) {
  return useQuery({ ...comparisonQueryOptions(orgId, eventId, baselineId ?? ''), enabled: Boolean(baselineId) });
}

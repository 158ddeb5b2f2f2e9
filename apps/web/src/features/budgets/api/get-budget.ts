import { budgetApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const getBudget = (orgId: string, eventId: string, signal?: AbortSignal) =>
  call(budgetApi.get, { params: { orgId, eventId }, signal });

export const budgetQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: budgetKeys.budget(orgId, eventId), queryFn: ({ signal }) => getBudget(orgId, eventId, signal) });

export function useBudget(orgId: string, eventId: string) {
  return useQuery(budgetQueryOptions(orgId, eventId));
}

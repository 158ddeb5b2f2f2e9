import { budgetApi } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys, type SpendFilters } from './keys';

export const listExpenses = (orgId: string, eventId: string, filters: SpendFilters, cursor?: string, signal?: AbortSignal) =>
  call(budgetApi.listExpenses, { params: { orgId, eventId }, query: { ...filters, cursor, limit: 100 }, signal });

export const expensesQueryOptions = (orgId: string, eventId: string, filters: SpendFilters) =>
  infiniteQueryOptions({
    queryKey: budgetKeys.expenses(orgId, eventId, filters),
    queryFn: ({ pageParam, signal }) => listExpenses(orgId, eventId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useExpenses(orgId: string, eventId: string, filters: SpendFilters, enabled = true) {
  return useInfiniteQuery({ ...expensesQueryOptions(orgId, eventId, filters), enabled });
}

import { budgetApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const listTemplates = (orgId: string, signal?: AbortSignal) =>
  call(budgetApi.listTemplates, { params: { orgId }, query: { limit: 200 }, signal });

export const templatesQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: budgetKeys.templates(orgId), queryFn: ({ signal }) => listTemplates(orgId, signal) });

export function useBudgetTemplates(orgId: string, enabled = true) {
  return useQuery({ ...templatesQueryOptions(orgId), enabled });
}

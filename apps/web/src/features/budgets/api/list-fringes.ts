import { budgetApi, type FringeRuleDto } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

/** Every fringe rule of the organization (a handful in practice; pages are followed anyway). */
export async function listAllFringes(orgId: string, signal?: AbortSignal): Promise<FringeRuleDto[]> {
  const out: FringeRuleDto[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(budgetApi.listFringes, { params: { orgId }, query: { cursor, limit: 200 }, signal });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export const fringesQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: budgetKeys.fringes(orgId), queryFn: ({ signal }) => listAllFringes(orgId, signal) });

export function useFringes(orgId: string) {
  return useQuery(fringesQueryOptions(orgId));
}

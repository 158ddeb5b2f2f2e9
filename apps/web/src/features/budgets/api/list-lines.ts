import { budgetApi, type BudgetLine } from '@rundown/domain';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { fetchAllPages, progressiveQueryFn } from '../../../lib/fetch-pages';
import { budgetKeys } from './keys';

/** Every line of the budget. `complete` is false while later pages are still arriving. */
export type LinesData = { lines: BudgetLine[]; complete: boolean };

/**
 * A small first page paints the grid quickly. The rest comes in pages of 1,000: a page of the
 * API's maximum (5,000) keeps the server busy long enough to hold back the summary and the
 * organization the first paint also waits for, and takes ~200 ms of parsing off the main thread.
 */
const PAGE_SIZES = { first: 120, rest: 1000 };

export const listLinesPage = (orgId: string, eventId: string, cursor: string | undefined, limit: number, signal?: AbortSignal) =>
  call(budgetApi.listLines, { params: { orgId, eventId }, query: { cursor, limit }, signal });

export async function fetchAllLines(
  orgId: string,
  eventId: string,
  signal: AbortSignal | undefined,
  onPage?: (partial: LinesData) => void,
): Promise<LinesData> {
  const lines = await fetchAllPages(
    (cursor, limit) => listLinesPage(orgId, eventId, cursor, limit, signal),
    PAGE_SIZES,
    onPage && ((soFar) => onPage({ lines: soFar, complete: false })),
  );
  return { lines, complete: true };
}

/** All lines, fetched page after page and shown as they arrive (see `progressiveQueryFn`). */
export const linesQueryOptions = (orgId: string, eventId: string, queryClient: QueryClient) =>
  queryOptions({
    queryKey: budgetKeys.lines(orgId, eventId),
    queryFn: progressiveQueryFn<LinesData>(queryClient, (signal, onPage) => fetchAllLines(orgId, eventId, signal, onPage)),
    // Ten thousand lines are not refetched because a window got focus; edits keep the cache current.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

export function useBudgetLines(orgId: string, eventId: string) {
  return useQuery(linesQueryOptions(orgId, eventId, useQueryClient()));
}

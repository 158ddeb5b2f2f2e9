import { timelineApi, type Rundown } from '@rundown/domain';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { call, isApiError } from '../../../lib/api-client';
import { rundownKeys } from './keys';

/** A day's run of show, or null when the day has none yet (the API answers 404). */
export async function getRundown(orgId: string, eventId: string, day: string, signal?: AbortSignal): Promise<Rundown | null> {
  try {
    return await call(timelineApi.rundown, { params: { orgId, eventId, day }, signal });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export const rundownQueryOptions = (orgId: string, eventId: string, day: string) =>
  queryOptions({ queryKey: rundownKeys.day(orgId, eventId, day), queryFn: ({ signal }) => getRundown(orgId, eventId, day, signal) });

/**
 * Puts a state of the day that arrived (a mutation's answer or a live stream message) in the
 * cache, unless the cache already holds a newer one: they can arrive out of order, and an older
 * one must not roll the screen back.
 */
export function storeRundown(queryClient: QueryClient, { orgId, eventId, day }: { orgId: string; eventId: string; day: string }, arrived: Rundown) {
  queryClient.setQueryData(rundownKeys.day(orgId, eventId, day), (cached: Rundown | null | undefined) =>
    cached && cached.version > arrived.version ? cached : arrived,
  );
}

export function useRundown(orgId: string, eventId: string, day: string) {
  return useQuery(rundownQueryOptions(orgId, eventId, day));
}

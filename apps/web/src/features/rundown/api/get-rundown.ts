import { timelineApi, type Rundown } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
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

export function useRundown(orgId: string, eventId: string, day: string) {
  return useQuery(rundownQueryOptions(orgId, eventId, day));
}

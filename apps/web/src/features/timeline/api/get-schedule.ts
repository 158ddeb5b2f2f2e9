import { timelineApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

/** Critical path, earliest/latest starts and slack, computed by the API. */
export const getSchedule = (orgId: string, eventId: string, signal?: AbortSignal) => call(timelineApi.schedule, { params: { orgId, eventId }, signal });

export const scheduleQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: timelineKeys.schedule(orgId, eventId), queryFn: ({ signal }) => getSchedule(orgId, eventId, signal) });

export function useSchedule(orgId: string, eventId: string) {
  return useQuery(scheduleQueryOptions(orgId, eventId));
}

import { api } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { eventKeys } from './keys';

export const getEvent = (orgId: string, eventId: string, signal?: AbortSignal) =>
  call(api.events.get, { params: { orgId, eventId }, signal });

export const eventQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: eventKeys.detail(orgId, eventId), queryFn: ({ signal }) => getEvent(orgId, eventId, signal) });

export function useEvent(orgId: string, eventId: string) {
  return useQuery(eventQueryOptions(orgId, eventId));
}

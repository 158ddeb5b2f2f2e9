import { locationsApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-pages';
import { locationKeys } from './keys';

/** Every place of the event (an event has a handful; pages are read until the end). */
export const listEventPlaces = (orgId: string, eventId: string, signal?: AbortSignal) =>
  fetchAllPages((cursor, limit) => call(locationsApi.listPlaces, { params: { orgId, eventId }, query: { limit, cursor }, signal }), { first: 50, rest: 200 });

export const eventPlacesQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: locationKeys.eventPlaces(orgId, eventId), queryFn: ({ signal }) => listEventPlaces(orgId, eventId, signal) });

export function useEventPlaces(orgId: string, eventId: string) {
  return useQuery(eventPlacesQueryOptions(orgId, eventId));
}

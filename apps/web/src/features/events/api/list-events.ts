import { api } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { eventKeys, type EventListFilters } from './keys';

export const EVENTS_PAGE_SIZE = 50;

export const listEvents = (orgId: string, filters: EventListFilters, cursor?: string, signal?: AbortSignal) =>
  call(api.events.list, { params: { orgId }, query: { ...filters, limit: EVENTS_PAGE_SIZE, cursor }, signal });

export const eventsQueryOptions = (orgId: string, filters: EventListFilters) =>
  infiniteQueryOptions({
    queryKey: eventKeys.list(orgId, filters),
    queryFn: ({ pageParam, signal }) => listEvents(orgId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useEvents(orgId: string, filters: EventListFilters) {
  return useInfiniteQuery(eventsQueryOptions(orgId, filters));
}

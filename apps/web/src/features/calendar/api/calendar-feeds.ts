import { timelineApi } from '@rundown/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

/** Per user, across organizations: the key starts with "me". */
export const calendarFeedKeys = { list: ['me', 'calendar-feeds'] as const };

/** My calendar URLs that still work, newest first: ids and dates only (the secret is shown once, at creation). */
export const listCalendarFeeds = (signal?: AbortSignal) => call(timelineApi.listCalendarFeeds, { query: { limit: 200 }, signal }).then((p) => p.items);

/** A secret iCalendar URL with my tasks; the URL is returned once. */
export const createCalendarFeed = () => call(timelineApi.createCalendarFeed);
/** A secret iCalendar URL with every task and cue of one event; the URL is returned once. */
export const createEventCalendarFeed = (orgId: string, eventId: string) => call(timelineApi.createEventCalendarFeed, { params: { orgId, eventId } });
export const revokeCalendarFeed = (feedId: string) => call(timelineApi.revokeCalendarFeed, { params: { feedId } });

export function useCalendarFeeds() {
  return useQuery({ queryKey: calendarFeedKeys.list, queryFn: ({ signal }) => listCalendarFeeds(signal) });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCalendarFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.list }) });
}

export function useCreateEventCalendarFeed(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createEventCalendarFeed(orgId, eventId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.list }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    // Revoked here or already elsewhere (404): either way the list is refetched.
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.list }),
  });
}

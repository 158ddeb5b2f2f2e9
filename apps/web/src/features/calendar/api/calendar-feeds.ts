import { timelineApi } from '@rundown/domain';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

/** A secret iCalendar URL with my tasks; the URL is returned once. */
export const createCalendarFeed = () => call(timelineApi.createCalendarFeed);
export const revokeCalendarFeed = (feedId: string) => call(timelineApi.revokeCalendarFeed, { params: { feedId } });

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}

export function useRevokeCalendarFeed() {
  return useMutation({ mutationFn: revokeCalendarFeed });
}

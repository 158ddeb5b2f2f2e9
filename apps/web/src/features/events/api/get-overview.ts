import { api } from '@rundown/domain';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { eventKeys } from './keys';

/** Task progress, overdue and upcoming work, and the show days of one event (schedule.read). */
export function useEventOverview(orgId: string, eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: eventKeys.overview(orgId, eventId),
    queryFn: ({ signal }) => call(api.events.overview, { params: { orgId, eventId }, signal }),
    enabled,
    // Task and cue edits happen on other pages: refetch whenever the event page opens.
    staleTime: 0,
  });
}

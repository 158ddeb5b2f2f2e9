import type { QueryClient } from '@tanstack/react-query';
import { timelineKeys } from './keys';

/** After any change to dates or links: tasks, dependencies and the critical path are refetched. */
export function invalidateSchedule(queryClient: QueryClient, orgId: string, eventId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: timelineKeys.tasks(orgId, eventId) }),
    queryClient.invalidateQueries({ queryKey: timelineKeys.dependencies(orgId, eventId) }),
    queryClient.invalidateQueries({ queryKey: timelineKeys.schedule(orgId, eventId) }),
  ]);
}

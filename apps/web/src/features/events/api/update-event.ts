import { api, type UpdateEventInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { eventKeys } from './keys';

/** PATCH with `If-Match: "<version>"`: a stale version answers 412 with the current event. */
export const updateEvent = (orgId: string, eventId: string, version: number, body: UpdateEventInput) =>
  call(api.events.update, { params: { orgId, eventId }, body, ifMatch: version });

export function useUpdateEvent(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateEventInput }) => updateEvent(orgId, eventId, version, body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(orgId, eventId), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists(orgId) });
    },
  });
}

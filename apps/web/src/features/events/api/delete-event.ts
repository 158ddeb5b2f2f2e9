import { api } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { eventKeys } from './keys';

export const deleteEvent = (orgId: string, eventId: string) => call(api.events.remove, { params: { orgId, eventId } });

export function useDeleteEvent(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (eventId: string) => deleteEvent(orgId, eventId),
    onSuccess: (_, eventId) => {
      queryClient.removeQueries({ queryKey: eventKeys.detail(orgId, eventId) });
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists(orgId) });
    },
  });
}

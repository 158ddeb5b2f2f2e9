import { api, type CreateEventInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { eventKeys } from './keys';

export const createEvent = (orgId: string, body: CreateEventInput) => call(api.events.create, { params: { orgId }, body });

export function useCreateEvent(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEventInput) => createEvent(orgId, body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(orgId, event.id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists(orgId) });
    },
  });
}

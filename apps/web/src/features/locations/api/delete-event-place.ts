import { locationsApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export const deleteEventPlace = (orgId: string, eventId: string, placeId: string) => call(locationsApi.removePlace, { params: { orgId, eventId, placeId } });

export function useDeleteEventPlace(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (placeId: string) => deleteEventPlace(orgId, eventId, placeId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

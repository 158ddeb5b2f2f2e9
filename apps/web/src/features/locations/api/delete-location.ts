import { locationsApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

/** Deletes a place no event uses (409 otherwise). */
export const deleteLocation = (orgId: string, locationId: string) => call(locationsApi.remove, { params: { orgId, locationId } });

export function useDeleteLocation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locationId: string) => deleteLocation(orgId, locationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

import { locationsApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

/** Deletes a space no hold uses (409 otherwise). */
export const deleteSpace = (orgId: string, locationId: string, spaceId: string) => call(locationsApi.removeSpace, { params: { orgId, locationId, spaceId } });

export function useDeleteSpace(orgId: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (spaceId: string) => deleteSpace(orgId, locationId, spaceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

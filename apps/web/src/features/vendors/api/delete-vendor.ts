import { timelineApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { vendorKeys } from './keys';

/** Deletes a vendor; its tasks become unassigned. */
export const deleteVendor = (orgId: string, vendorId: string) => call(timelineApi.deleteVendor, { params: { orgId, vendorId } });

export function useDeleteVendor(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vendorId: string) => deleteVendor(orgId, vendorId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vendorKeys.all(orgId) }),
  });
}

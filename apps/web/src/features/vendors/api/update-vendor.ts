import { timelineApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { vendorKeys } from './keys';

export type UpdateVendorBody = z.input<typeof timelineApi.updateVendor.body>;

/** PATCH with `If-Match: "<version>"`: a stale version answers 412 with the vendor as it is now. */
export const updateVendor = (orgId: string, vendorId: string, version: number, body: UpdateVendorBody) =>
  call(timelineApi.updateVendor, { params: { orgId, vendorId }, body, ifMatch: version });

export function useUpdateVendor(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ vendorId, version, body }: { vendorId: string; version: number; body: UpdateVendorBody }) => updateVendor(orgId, vendorId, version, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vendorKeys.all(orgId) }),
  });
}

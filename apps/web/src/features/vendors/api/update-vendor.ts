import { timelineApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { vendorKeys } from './keys';

export type UpdateVendorBody = z.input<typeof timelineApi.updateVendor.body>;

export const updateVendor = (orgId: string, vendorId: string, body: UpdateVendorBody) =>
  call(timelineApi.updateVendor, { params: { orgId, vendorId }, body });

export function useUpdateVendor(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ vendorId, body }: { vendorId: string; body: UpdateVendorBody }) => updateVendor(orgId, vendorId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vendorKeys.all(orgId) }),
  });
}

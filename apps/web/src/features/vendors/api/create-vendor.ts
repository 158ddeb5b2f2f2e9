import { timelineApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { vendorKeys } from './keys';

export type CreateVendorBody = z.input<typeof timelineApi.createVendor.body>;

export const createVendor = (orgId: string, body: CreateVendorBody) => call(timelineApi.createVendor, { params: { orgId }, body });

export function useCreateVendor(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVendorBody) => createVendor(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vendorKeys.all(orgId) }),
  });
}

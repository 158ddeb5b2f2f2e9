import { locationsApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export type CreateSpaceBody = z.input<typeof locationsApi.createSpace.body>;

export const createSpace = (orgId: string, locationId: string, body: CreateSpaceBody) => call(locationsApi.createSpace, { params: { orgId, locationId }, body });

export function useCreateSpace(orgId: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSpaceBody) => createSpace(orgId, locationId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

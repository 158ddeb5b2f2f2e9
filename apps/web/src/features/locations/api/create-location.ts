import { locationsApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export type CreateLocationBody = z.input<typeof locationsApi.create.body>;

export const createLocation = (orgId: string, body: CreateLocationBody) => call(locationsApi.create, { params: { orgId }, body });

export function useCreateLocation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLocationBody) => createLocation(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

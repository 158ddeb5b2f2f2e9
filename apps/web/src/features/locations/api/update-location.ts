import { locationsApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export type UpdateLocationBody = z.input<typeof locationsApi.update.body>;

/** Sends the version the form was opened with: a change made meanwhile answers 412. */
export const updateLocation = (orgId: string, locationId: string, version: number, body: UpdateLocationBody) =>
  call(locationsApi.update, { params: { orgId, locationId }, body, ifMatch: version });

export function useUpdateLocation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ locationId, version, body }: { locationId: string; version: number; body: UpdateLocationBody }) => updateLocation(orgId, locationId, version, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

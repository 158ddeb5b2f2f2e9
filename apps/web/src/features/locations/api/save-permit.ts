import { locationsApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export type CreatePermitBody = z.input<typeof locationsApi.createPermit.body>;
export type UpdatePermitBody = z.input<typeof locationsApi.updatePermit.body>;

export const createPermit = (orgId: string, eventId: string, body: CreatePermitBody) => call(locationsApi.createPermit, { params: { orgId, eventId }, body });

/** Sends the version the permit was read at: a change made meanwhile answers 412. */
export const updatePermit = (orgId: string, eventId: string, permitId: string, version: number, body: UpdatePermitBody) =>
  call(locationsApi.updatePermit, { params: { orgId, eventId, permitId }, body, ifMatch: version });

export const deletePermit = (orgId: string, eventId: string, permitId: string) => call(locationsApi.removePermit, { params: { orgId, eventId, permitId } });

export function useCreatePermit(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePermitBody) => createPermit(orgId, eventId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

export function useUpdatePermit(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ permitId, version, body }: { permitId: string; version: number; body: UpdatePermitBody }) => updatePermit(orgId, eventId, permitId, version, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

export function useDeletePermit(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (permitId: string) => deletePermit(orgId, eventId, permitId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

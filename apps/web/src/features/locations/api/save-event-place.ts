import { locationsApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export type CreateEventPlaceBody = z.input<typeof locationsApi.createPlace.body>;
export type UpdateEventPlaceBody = z.input<typeof locationsApi.updatePlace.body>;

export const createEventPlace = (orgId: string, eventId: string, body: CreateEventPlaceBody) =>
  call(locationsApi.createPlace, { params: { orgId, eventId }, body });

/** Sends the version the hold was read at: a change made meanwhile answers 412. */
export const updateEventPlace = (orgId: string, eventId: string, placeId: string, version: number, body: UpdateEventPlaceBody) =>
  call(locationsApi.updatePlace, { params: { orgId, eventId, placeId }, body, ifMatch: version });

export function useCreateEventPlace(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEventPlaceBody) => createEventPlace(orgId, eventId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

export function useUpdateEventPlace(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ placeId, version, body }: { placeId: string; version: number; body: UpdateEventPlaceBody }) => updateEventPlace(orgId, eventId, placeId, version, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}

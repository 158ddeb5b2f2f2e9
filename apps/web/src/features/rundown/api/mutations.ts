import { timelineApi, type Rundown } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { storeRundown } from './get-rundown';

type DayParams = { orgId: string; eventId: string; day: string };
export type CreateCueBody = z.input<typeof timelineApi.createCue.body>;
export type UpdateCueBody = z.input<typeof timelineApi.updateCue.body>;
export type LiveAction = z.input<typeof timelineApi.controlLive.body>['action'];

/** `version`: the day's version the client last saw (If-Match); null creates the day (If-None-Match: *). */
export const setRundownDay = (p: DayParams, version: number | null, startsAt: string) =>
  call(timelineApi.setRundownDay, { params: p, body: { startsAt }, ifMatch: version });
export const createCue = (p: DayParams, body: CreateCueBody) => call(timelineApi.createCue, { params: p, body });
export const updateCue = (p: DayParams, cueId: string, version: number, body: UpdateCueBody) =>
  call(timelineApi.updateCue, { params: { ...p, cueId }, body, ifMatch: version });
export const moveCue = (p: DayParams, cueId: string, position: number) => call(timelineApi.moveCue, { params: { ...p, cueId }, body: { position } });
export const deleteCue = (p: DayParams, cueId: string) => call(timelineApi.deleteCue, { params: { ...p, cueId } });
export const controlLive = (p: DayParams, action: LiveAction) => call(timelineApi.controlLive, { params: p, body: { action } });

/** Every rundown change answers with the whole day: it replaces the cache (the stream will say the same). */
function useRundownMutation<V>(p: DayParams, fn: (variables: V) => Promise<Rundown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (rundown) => storeRundown(queryClient, p, rundown),
  });
}

export const useSetRundownDay = (p: DayParams) =>
  useRundownMutation(p, ({ version, startsAt }: { version: number | null; startsAt: string }) => setRundownDay(p, version, startsAt));
export const useCreateCue = (p: DayParams) => useRundownMutation(p, (body: CreateCueBody) => createCue(p, body));
export const useUpdateCue = (p: DayParams) =>
  useRundownMutation(p, ({ cueId, version, body }: { cueId: string; version: number; body: UpdateCueBody }) => updateCue(p, cueId, version, body));
export const useMoveCue = (p: DayParams) => useRundownMutation(p, ({ cueId, position }: { cueId: string; position: number }) => moveCue(p, cueId, position));
export const useDeleteCue = (p: DayParams) => useRundownMutation(p, (cueId: string) => deleteCue(p, cueId));
export const useControlLive = (p: DayParams) => useRundownMutation(p, (action: LiveAction) => controlLive(p, action));

import { timelineApi, type Dependency } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

export type CreateDependencyBody = z.input<typeof timelineApi.createDependency.body>;

/** Links two tasks; a cycle is refused with a 400 whose detail names it. */
export const createDependency = (orgId: string, eventId: string, body: CreateDependencyBody) =>
  call(timelineApi.createDependency, { params: { orgId, eventId }, body });

export const deleteDependency = (orgId: string, eventId: string, dependencyId: string) =>
  call(timelineApi.deleteDependency, { params: { orgId, eventId, dependencyId } });

export function useCreateDependency(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDependencyBody) => createDependency(orgId, eventId, body),
    onSuccess: (dependency) => {
      queryClient.setQueryData<Dependency[]>(timelineKeys.dependencies(orgId, eventId), (old) => (old ? [...old, dependency] : old));
      return queryClient.invalidateQueries({ queryKey: timelineKeys.schedule(orgId, eventId) });
    },
  });
}

export function useDeleteDependency(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dependencyId: string) => deleteDependency(orgId, eventId, dependencyId),
    onSuccess: (_, dependencyId) => {
      queryClient.setQueryData<Dependency[]>(timelineKeys.dependencies(orgId, eventId), (old) => old?.filter((d) => d.id !== dependencyId));
      return queryClient.invalidateQueries({ queryKey: timelineKeys.schedule(orgId, eventId) });
    },
  });
}

import { timelineApi, type CreateTaskInput, type Task } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { invalidateSchedule } from './invalidate';
import { timelineKeys } from './keys';

export type CreateTaskBody = z.input<typeof timelineApi.createTask.body>;

export const createTask = (orgId: string, eventId: string, body: CreateTaskBody | CreateTaskInput) =>
  call(timelineApi.createTask, { params: { orgId, eventId }, body });

export function useCreateTask(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskBody) => createTask(orgId, eventId, body),
    onSuccess: (task) => {
      queryClient.setQueryData<Task[]>(timelineKeys.tasks(orgId, eventId), (old) => (old ? [...old, task] : old));
      return invalidateSchedule(queryClient, orgId, eventId);
    },
  });
}

import { timelineApi, type Task, type UpdateTaskInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

/** PATCH with `If-Match: "<version>"`: a stale version answers 412 with the task as it is now. */
export const updateTask = (orgId: string, eventId: string, taskId: string, version: number, body: UpdateTaskInput) =>
  call(timelineApi.updateTask, { params: { orgId, eventId, taskId }, body, ifMatch: version });

export function replaceTask(tasks: Task[] | undefined, task: Task): Task[] | undefined {
  return tasks?.map((t) => (t.id === task.id ? task : t));
}

export function useUpdateTask(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, body }: { task: Pick<Task, 'id' | 'version'>; body: UpdateTaskInput }) => updateTask(orgId, eventId, task.id, task.version, body),
    onSuccess: (task, { body }) => {
      queryClient.setQueryData<Task[]>(timelineKeys.tasks(orgId, eventId), (old) => replaceTask(old, task));
      if (body.startAt || body.endAt) void queryClient.invalidateQueries({ queryKey: timelineKeys.schedule(orgId, eventId) });
    },
  });
}

import { timelineApi, type Task } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { invalidateSchedule } from './invalidate';
import { timelineKeys } from './keys';

export const deleteTask = (orgId: string, eventId: string, taskId: string) => call(timelineApi.deleteTask, { params: { orgId, eventId, taskId } });

export function useDeleteTask(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (taskId: string) => deleteTask(orgId, eventId, taskId),
    onSuccess: (_, taskId) => {
      queryClient.setQueryData<Task[]>(timelineKeys.tasks(orgId, eventId), (old) => old?.filter((t) => t.id !== taskId));
      return invalidateSchedule(queryClient, orgId, eventId);
    },
  });
}

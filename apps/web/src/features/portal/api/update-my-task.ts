import { timelineApi, type TaskStatus, type VendorTask } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { portalKeys } from './keys';
import { storeMyTask } from './my-tasks';

/** Status change with `If-Match`: 412 when someone changed the task since it was loaded. */
export const updateMyTask = (task: Pick<VendorTask, 'id' | 'version'>, status: TaskStatus) =>
  call(timelineApi.updateMyTask, { params: { taskId: task.id }, body: { status }, ifMatch: task.version });

export function useUpdateMyTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, status }: { task: Pick<VendorTask, 'id' | 'version'>; status: TaskStatus }) => updateMyTask(task, status),
    onSuccess: (task) => {
      storeMyTask(queryClient, task);
      // Lists filtered by status may gain or lose the task.
      void queryClient.invalidateQueries({ queryKey: portalKeys.all, refetchType: 'inactive' });
    },
  });
}

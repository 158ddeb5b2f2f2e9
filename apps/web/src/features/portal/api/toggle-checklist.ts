import { timelineApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { storeMyTask } from './my-tasks';

export const toggleMyChecklistItem = (taskId: string, itemId: string, done: boolean) =>
  call(timelineApi.toggleMyChecklistItem, { params: { taskId, itemId }, body: { done } });

export function useToggleChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, itemId, done }: { taskId: string; itemId: string; done: boolean }) => toggleMyChecklistItem(taskId, itemId, done),
    onSuccess: (task) => storeMyTask(queryClient, task),
  });
}

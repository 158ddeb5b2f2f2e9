import { taskSchema, type Task, type UpdateTaskInput } from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { timelineKeys } from '../api/keys';
import { replaceTask, useUpdateTask } from '../api/update-task';

/**
 * A PATCH with If-Match from a list or the board. On 412 the latest version (sent with the
 * error) replaces ours and the person is told to make the change again.
 */
export function useTaskPatch(orgId: string, eventId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateTask(orgId, eventId);
  return async (task: Task, body: UpdateTaskInput, success?: string): Promise<boolean> => {
    try {
      await update.mutateAsync({ task, body });
      if (success) toast.success(success);
      return true;
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        const current = taskSchema.safeParse(error.current);
        if (current.success) queryClient.setQueryData<Task[]>(timelineKeys.tasks(orgId, eventId), (old) => replaceTask(old, current.data));
        else void queryClient.invalidateQueries({ queryKey: timelineKeys.tasks(orgId, eventId) });
        toast.error(t('timeline.conflict', { title: task.title }));
      } else {
        toast.error(errorMessage(t, error));
      }
      return false;
    }
  };
}

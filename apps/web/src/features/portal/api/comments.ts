import { timelineApi } from '@rundown/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { portalKeys } from './keys';

export const listMyTaskComments = (taskId: string, signal?: AbortSignal) =>
  call(timelineApi.myTaskComments, { params: { taskId }, query: { limit: 200 }, signal }).then((p) => p.items);

export function useMyTaskComments(taskId: string, enabled: boolean) {
  return useQuery({ queryKey: portalKeys.comments(taskId), queryFn: ({ signal }) => listMyTaskComments(taskId, signal), enabled });
}

export const commentOnMyTask = (taskId: string, body: string) => call(timelineApi.commentOnMyTask, { params: { taskId }, body: { body } });

export function useCommentOnMyTask(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => commentOnMyTask(taskId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.comments(taskId) }),
  });
}

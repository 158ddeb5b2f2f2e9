import { timelineApi } from '@rundown/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

export const listComments = (orgId: string, eventId: string, taskId: string, signal?: AbortSignal) =>
  call(timelineApi.listComments, { params: { orgId, eventId, taskId }, query: { limit: 200 }, signal }).then((p) => p.items);

export function useComments(orgId: string, eventId: string, taskId: string | null) {
  return useQuery({
    queryKey: timelineKeys.comments(orgId, eventId, taskId ?? 'none'),
    queryFn: ({ signal }) => listComments(orgId, eventId, taskId!, signal),
    enabled: Boolean(taskId),
  });
}

export const createComment = (orgId: string, eventId: string, taskId: string, body: string) =>
  call(timelineApi.createComment, { params: { orgId, eventId, taskId }, body: { body } });

export function useCreateComment(orgId: string, eventId: string, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => createComment(orgId, eventId, taskId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timelineKeys.comments(orgId, eventId, taskId) }),
  });
}

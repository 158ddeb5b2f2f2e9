import { pathFor, timelineApi, type TaskAttachment } from '@rundown/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

export type UploadTaskFileBody = z.input<typeof timelineApi.uploadTaskAttachment.body>;

/** A task's files, the organization's and its vendor's (oldest first; a task rarely has 200). */
export const listTaskAttachments = (orgId: string, eventId: string, taskId: string, signal?: AbortSignal) =>
  call(timelineApi.listTaskAttachments, { params: { orgId, eventId, taskId }, query: { limit: 200 }, signal }).then((p) => p.items);

export function useTaskAttachments(orgId: string, eventId: string, taskId: string) {
  return useQuery({
    queryKey: timelineKeys.attachments(orgId, eventId, taskId),
    queryFn: ({ signal }) => listTaskAttachments(orgId, eventId, taskId, signal),
  });
}

/** A file, base64 in JSON (≤ 10 MB), as the vendor portal sends it. */
export const uploadTaskAttachment = (orgId: string, eventId: string, taskId: string, body: UploadTaskFileBody) =>
  call(timelineApi.uploadTaskAttachment, { params: { orgId, eventId, taskId }, body });

export const deleteTaskAttachment = (orgId: string, eventId: string, taskId: string, attachmentId: string) =>
  call(timelineApi.deleteTaskAttachment, { params: { orgId, eventId, taskId, attachmentId } });

export function useUploadTaskAttachment(orgId: string, eventId: string, taskId: string) {
  const queryClient = useQueryClient();
  const key = timelineKeys.attachments(orgId, eventId, taskId);
  return useMutation({
    mutationFn: (body: UploadTaskFileBody) => uploadTaskAttachment(orgId, eventId, taskId, body),
    onSuccess: (file) => queryClient.setQueryData<TaskAttachment[]>(key, (old) => (old ? [...old, file] : old)),
  });
}

export function useDeleteTaskAttachment(orgId: string, eventId: string, taskId: string) {
  const queryClient = useQueryClient();
  const key = timelineKeys.attachments(orgId, eventId, taskId);
  return useMutation({
    mutationFn: (attachmentId: string) => deleteTaskAttachment(orgId, eventId, taskId, attachmentId),
    onSuccess: (_, attachmentId) => queryClient.setQueryData<TaskAttachment[]>(key, (old) => old?.filter((f) => f.id !== attachmentId)),
  });
}

/** The download URL of a task's file (a plain GET with the session cookie). */
export const taskAttachmentUrl = (orgId: string, eventId: string, taskId: string, attachmentId: string) =>
  pathFor(timelineApi.downloadTaskAttachment.path, { orgId, eventId, taskId, attachmentId });

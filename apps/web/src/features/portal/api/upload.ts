import { pathFor, timelineApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { portalKeys } from './keys';

export type UploadBody = z.input<typeof timelineApi.uploadToMyTask.body>;

/** A deliverable or invoice, base64 in JSON (≤ 10 MB). */
export const uploadToMyTask = (taskId: string, body: UploadBody) => call(timelineApi.uploadToMyTask, { params: { taskId }, body });

export function useUploadToMyTask(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UploadBody) => uploadToMyTask(taskId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.all }),
  });
}

/** The download URL of a task's file (a plain GET with the session cookie). */
export const attachmentUrl = (taskId: string, attachmentId: string) => pathFor(timelineApi.downloadAttachment.path, { taskId, attachmentId });

import { timelineApi, type Task } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';
import { replaceTask } from './update-task';

export type AddChecklistItemBody = z.input<typeof timelineApi.addChecklistItem.body>;
export type UpdateChecklistItemBody = z.input<typeof timelineApi.updateChecklistItem.body>;

type Ids = { orgId: string; eventId: string; taskId: string };

export const addChecklistItem = ({ orgId, eventId, taskId }: Ids, body: AddChecklistItemBody) =>
  call(timelineApi.addChecklistItem, { params: { orgId, eventId, taskId }, body });
export const updateChecklistItem = ({ orgId, eventId, taskId }: Ids, itemId: string, body: UpdateChecklistItemBody) =>
  call(timelineApi.updateChecklistItem, { params: { orgId, eventId, taskId, itemId }, body });
export const moveChecklistItem = ({ orgId, eventId, taskId }: Ids, itemId: string, position: number) =>
  call(timelineApi.moveChecklistItem, { params: { orgId, eventId, taskId, itemId }, body: { position } });
export const deleteChecklistItem = ({ orgId, eventId, taskId }: Ids, itemId: string) =>
  call(timelineApi.deleteChecklistItem, { params: { orgId, eventId, taskId, itemId } });

/**
 * Add, edit, reorder and remove a task's checklist items. Every route answers with the whole
 * task, which replaces the cached one (the task's version does not change), so the changes to one
 * task's checklist are sent one after another: an earlier answer arriving last would undo a later change.
 */
export function useChecklist(orgId: string, eventId: string, taskId: string) {
  const queryClient = useQueryClient();
  const ids = { orgId, eventId, taskId };
  const scope = { id: `checklist:${taskId}` };
  const onSuccess = (task: Task) => queryClient.setQueryData<Task[]>(timelineKeys.tasks(orgId, eventId), (old) => replaceTask(old, task));
  return {
    add: useMutation({ scope, mutationFn: (body: AddChecklistItemBody) => addChecklistItem(ids, body), onSuccess }),
    // The checkbox shows a tick at once and puts it back itself if the change fails: the cached
    // task list is left alone until the answer comes, so a list still loading page by page is not cut short.
    update: useMutation({
      scope,
      mutationFn: ({ itemId, body }: { itemId: string; body: UpdateChecklistItemBody }) => updateChecklistItem(ids, itemId, body),
      onSuccess,
    }),
    move: useMutation({ scope, mutationFn: ({ itemId, position }: { itemId: string; position: number }) => moveChecklistItem(ids, itemId, position), onSuccess }),
    remove: useMutation({ scope, mutationFn: (itemId: string) => deleteChecklistItem(ids, itemId), onSuccess }),
  };
}

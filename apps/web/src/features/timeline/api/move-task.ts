import { timelineApi, type Task } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { invalidateSchedule } from './invalidate';
import { timelineKeys } from './keys';

export type MoveRequest = { taskId: string; startAt: string; endAt?: string };
export type MoveShift = { taskId: string; title: string; fromStart: string; toStart: string };

/** Moves a task; dependents that would break shift later. `preview` returns the shifts without saving. */
export const moveTask = (orgId: string, eventId: string, { taskId, startAt, endAt }: MoveRequest, preview: boolean, signal?: AbortSignal) =>
  call(timelineApi.moveTask, { params: { orgId, eventId, taskId }, body: { startAt, endAt, preview }, signal });

/** The tasks with the applied shifts, so bars stay where they were dropped until the refetch lands. */
export function withShifts(tasks: Task[] | undefined, shifts: readonly MoveShift[], request: MoveRequest): Task[] | undefined {
  if (!tasks) return tasks;
  const moved = new Map(shifts.map((s) => [s.taskId, s]));
  return tasks.map((task) => {
    const shift = moved.get(task.id);
    if (!shift) return task;
    const start = Date.parse(shift.toStart);
    const end =
      task.id === request.taskId && request.endAt
        ? Date.parse(request.endAt)
        : start + (Date.parse(task.endAt) - Date.parse(task.startAt));
    return { ...task, startAt: new Date(start).toISOString(), endAt: new Date(end).toISOString() };
  });
}

export function useMoveTask(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MoveRequest) => moveTask(orgId, eventId, request, false),
    onSuccess: (result, request) => {
      queryClient.setQueryData<Task[]>(timelineKeys.tasks(orgId, eventId), (old) => withShifts(old, result.shifts, request));
      return invalidateSchedule(queryClient, orgId, eventId);
    },
  });
}

import { moveTask, type Dependency, type Task } from '@rundown/domain';

const MINUTE = 60_000;
const toMinutes = (ms: number) => Math.floor(ms / MINUTE);

export type PlannedShift = { taskId: string; title: string; fromStart: number; toStart: number; fromEnd: number; toEnd: number };

/**
 * What moving `taskId` to [start, end] does, computed in the browser with the same domain
 * function the API uses (so the preview is instant while dragging): the task itself and every
 * dependent pushed later, with old and new dates. Returns [] on a cyclic graph.
 */
export function previewMove(tasks: readonly Task[], dependencies: readonly Dependency[], taskId: string, start: number, end: number): PlannedShift[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const moving = byId.get(taskId);
  if (!moving) return [];
  const length = Math.max(0, end - start);
  const schedule = tasks.map((t) => {
    const s = Date.parse(t.startAt);
    const e = Date.parse(t.endAt);
    return { id: t.id, start: toMinutes(s), duration: t.id === taskId ? Math.ceil(length / MINUTE) : toMinutes(e) - toMinutes(s) };
  });
  const deps = dependencies.map((d) => ({ predecessorId: d.predecessorId, successorId: d.successorId, type: d.type, lag: d.lagMinutes }));
  let result: ReturnType<typeof moveTask>;
  try {
    result = moveTask(schedule, deps, taskId, toMinutes(start));
  } catch {
    return [];
  }
  const out: PlannedShift[] = [];
  for (const placed of result.tasks) {
    const task = byId.get(placed.id)!;
    const fromStart = Date.parse(task.startAt);
    const fromEnd = Date.parse(task.endAt);
    // Like the API: each task moves by whole minutes from where it was (the moved one from where it was asked to go).
    const base = placed.id === taskId ? start : fromStart;
    const toStart = base + (placed.start - toMinutes(base)) * MINUTE;
    const toEnd = toStart + (placed.id === taskId ? length : fromEnd - fromStart);
    if (toStart !== fromStart || toEnd !== fromEnd) out.push({ taskId: placed.id, title: task.title, fromStart, toStart, fromEnd, toEnd });
  }
  return out;
}

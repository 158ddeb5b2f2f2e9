/**
 * The keyboard way to move and resize a bar, as a pure function: arrow keys move the focused
 * task by one zoom step, Shift+arrows change its end by one step, Enter applies a pending
 * change (or opens the task when nothing is pending), Escape drops it.
 */
export type MoveDraft = {
  taskId: string;
  /** Where the task was when the change began (epoch ms). */
  fromStart: number;
  fromEnd: number;
  /** Where it would go. */
  start: number;
  end: number;
  source: 'keyboard' | 'drag';
};

export type BarKey = { key: string; shiftKey: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean };
export type BarTask = { id: string; start: number; end: number; milestone: boolean };
/** Adds n zoom steps to an instant (calendar-aware: days, weeks or months in the event's zone). */
export type Stepper = (instant: number, n: number) => number;

export type KeyOutcome =
  | { command: 'none' }
  | { command: 'draft'; draft: MoveDraft }
  | { command: 'apply'; draft: MoveDraft }
  | { command: 'cancel' }
  | { command: 'open' };

export function isChanged(draft: MoveDraft | null): boolean {
  return Boolean(draft && (draft.start !== draft.fromStart || draft.end !== draft.fromEnd));
}

export function handleBarKey(draft: MoveDraft | null, task: BarTask, key: BarKey, step: Stepper): KeyOutcome {
  if (key.altKey || key.ctrlKey || key.metaKey) return { command: 'none' };
  const mine = draft && draft.taskId === task.id ? draft : null;
  const base: MoveDraft = mine ?? { taskId: task.id, fromStart: task.start, fromEnd: task.end, start: task.start, end: task.end, source: 'keyboard' };
  switch (key.key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const n = key.key === 'ArrowRight' ? 1 : -1;
      if (key.shiftKey) {
        if (task.milestone) return { command: 'none' };
        const end = step(base.end, n);
        // A task keeps at least one step of length; resizing never flips it.
        if (end <= base.start) return { command: 'none' };
        return { command: 'draft', draft: { ...base, end, source: 'keyboard' } };
      }
      const start = step(base.start, n);
      return { command: 'draft', draft: { ...base, start, end: start + (base.end - base.start), source: 'keyboard' } };
    }
    case 'Enter':
      return mine && isChanged(mine) ? { command: 'apply', draft: mine } : { command: 'open' };
    case 'Escape':
      return mine ? { command: 'cancel' } : { command: 'none' };
    default:
      return { command: 'none' };
  }
}

import type { BudgetLine, UpdateLineInput } from '@rundown/domain';

/** One line's fields before and after a change. */
export type LineChange = { lineId: string; before: UpdateLineInput; after: UpdateLineInput };

/**
 * What Ctrl/⌘+Z can take back. A paste or a range clear is one entry with many changes.
 * Deleted and created lines keep their full content so they can be put back.
 */
export type UndoEntry =
  | { kind: 'update'; changes: LineChange[] }
  | { kind: 'delete'; lines: BudgetLine[] }
  | { kind: 'create'; lines: BudgetLine[] }
  /** Several changes made by one action (a paste that edits some lines and adds others). */
  | { kind: 'batch'; entries: UndoEntry[] };

function isEmpty(entry: UndoEntry): boolean {
  switch (entry.kind) {
    case 'update':
      return entry.changes.length === 0;
    case 'batch':
      return entry.entries.every(isEmpty);
    default:
      return entry.lines.length === 0;
  }
}

export type UndoStack = { past: UndoEntry[]; future: UndoEntry[] };

export const EMPTY_UNDO: UndoStack = { past: [], future: [] };
export const UNDO_LIMIT = 100;

/** Records a new change; anything that was undone can no longer be redone. */
export function pushUndo(stack: UndoStack, entry: UndoEntry, limit = UNDO_LIMIT): UndoStack {
  if (isEmpty(entry)) return stack;
  return { past: [...stack.past, entry].slice(-limit), future: [] };
}

/** The change that undoes `entry`. */
export function invert(entry: UndoEntry): UndoEntry {
  switch (entry.kind) {
    case 'update':
      return { kind: 'update', changes: entry.changes.map((c) => ({ lineId: c.lineId, before: c.after, after: c.before })) };
    case 'delete':
      return { kind: 'create', lines: entry.lines };
    case 'create':
      return { kind: 'delete', lines: entry.lines };
    case 'batch':
      return { kind: 'batch', entries: entry.entries.map(invert).reverse() };
  }
}

/** Takes the last change off the stack: apply `invert(entry)` to undo it. */
export function popUndo(stack: UndoStack): { entry: UndoEntry; stack: UndoStack } | null {
  const entry = stack.past.at(-1);
  if (!entry) return null;
  return { entry, stack: { past: stack.past.slice(0, -1), future: [...stack.future, entry] } };
}

/** Takes the last undone change: apply `entry` again to redo it. */
export function popRedo(stack: UndoStack): { entry: UndoEntry; stack: UndoStack } | null {
  const entry = stack.future.at(-1);
  if (!entry) return null;
  return { entry, stack: { past: [...stack.past, entry], future: stack.future.slice(0, -1) } };
}

/** A line put back after a delete gets a new id: later entries must follow it. */
export function remapLineId(stack: UndoStack, from: string, to: string): UndoStack {
  const mapEntry = (entry: UndoEntry): UndoEntry => {
    switch (entry.kind) {
      case 'update':
        return { kind: 'update', changes: entry.changes.map((c) => (c.lineId === from ? { ...c, lineId: to } : c)) };
      case 'batch':
        return { kind: 'batch', entries: entry.entries.map(mapEntry) };
      default:
        return { kind: entry.kind, lines: entry.lines.map((l) => (l.id === from ? { ...l, id: to } : l)) };
    }
  };
  return { past: stack.past.map(mapEntry), future: stack.future.map(mapEntry) };
}

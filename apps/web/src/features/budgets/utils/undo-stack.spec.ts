import type { BudgetLine } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { EMPTY_UNDO, invert, popRedo, popUndo, pushUndo, remapLineId, type UndoEntry } from './undo-stack';

const edit = (lineId: string, from: string, to: string): UndoEntry => ({
  kind: 'update',
  changes: [{ lineId, before: { description: from }, after: { description: to } }],
});

describe('undo stack', () => {
  it('undoes the last change first, then redoes it', () => {
    let stack = pushUndo(EMPTY_UNDO, edit('a', 'one', 'two'));
    stack = pushUndo(stack, edit('a', 'two', 'three'));
    const undone = popUndo(stack)!;
    expect(invert(undone.entry)).toEqual(edit('a', 'three', 'two'));
    const redone = popRedo(undone.stack)!;
    expect(redone.entry).toEqual(edit('a', 'two', 'three'));
    expect(redone.stack.past).toHaveLength(2);
  });

  it('forgets the redo history after a new change, and keeps at most the limit', () => {
    let stack = pushUndo(EMPTY_UNDO, edit('a', '1', '2'));
    stack = popUndo(stack)!.stack;
    stack = pushUndo(stack, edit('b', 'x', 'y'));
    expect(stack.future).toEqual([]);
    for (let i = 0; i < 10; i++) stack = pushUndo(stack, edit('c', String(i), String(i + 1)), 5);
    expect(stack.past).toHaveLength(5);
  });

  it('returns null when there is nothing to undo or redo, and ignores empty entries', () => {
    expect(popUndo(EMPTY_UNDO)).toBeNull();
    expect(popRedo(EMPTY_UNDO)).toBeNull();
    expect(pushUndo(EMPTY_UNDO, { kind: 'update', changes: [] })).toBe(EMPTY_UNDO);
  });

  it('turns a delete into a create and back', () => {
    const line = { id: 'a', description: 'Genset' } as BudgetLine;
    expect(invert({ kind: 'delete', lines: [line] })).toEqual({ kind: 'create', lines: [line] });
    expect(invert({ kind: 'create', lines: [line] })).toEqual({ kind: 'delete', lines: [line] });
  });

  it('undoes a batch in reverse order', () => {
    const line = { id: 'n', description: 'New' } as BudgetLine;
    const batch: UndoEntry = { kind: 'batch', entries: [edit('a', '1', '2'), { kind: 'create', lines: [line] }] };
    expect(invert(batch)).toEqual({ kind: 'batch', entries: [{ kind: 'delete', lines: [line] }, edit('a', '2', '1')] });
    expect(pushUndo(EMPTY_UNDO, { kind: 'batch', entries: [{ kind: 'update', changes: [] }] })).toBe(EMPTY_UNDO);
  });

  it('follows a line that was put back under a new id', () => {
    let stack = pushUndo(EMPTY_UNDO, edit('old', 'a', 'b'));
    stack = pushUndo(stack, { kind: 'delete', lines: [{ id: 'old' } as BudgetLine] });
    const remapped = remapLineId(stack, 'old', 'new');
    expect(remapped.past[0]).toEqual(edit('new', 'a', 'b'));
    expect(remapped.past[1]).toEqual({ kind: 'delete', lines: [{ id: 'new' }] });
  });
});

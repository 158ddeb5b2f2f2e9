import { describe, expect, it } from 'vitest';
import { clampSelection, moveAfterCommit, navigate, selectionRange, single, type GridDims } from './grid-navigation';

const dims: GridDims = { rows: 10, cols: 5, pageRows: 4 };
const at = (row: number, col: number) => single({ row, col });

describe('grid keyboard navigation', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(navigate(at(0, 0), { key: 'ArrowDown' }, dims).selection.active).toEqual({ row: 1, col: 0 });
    expect(navigate(at(0, 0), { key: 'ArrowUp' }, dims).selection.active).toEqual({ row: 0, col: 0 });
    expect(navigate(at(0, 4), { key: 'ArrowRight' }, dims).selection.active).toEqual({ row: 0, col: 4 });
    expect(navigate(at(3, 2), { key: 'ArrowLeft' }, dims).selection.active).toEqual({ row: 3, col: 1 });
  });

  it('jumps to the edges with Ctrl/⌘ and pages with PageUp/PageDown', () => {
    expect(navigate(at(3, 2), { key: 'ArrowDown', ctrl: true }, dims).selection.active).toEqual({ row: 9, col: 2 });
    expect(navigate(at(3, 2), { key: 'Home' }, dims).selection.active).toEqual({ row: 3, col: 0 });
    expect(navigate(at(3, 2), { key: 'End', ctrl: true }, dims).selection.active).toEqual({ row: 9, col: 4 });
    expect(navigate(at(3, 2), { key: 'PageDown' }, dims).selection.active).toEqual({ row: 7, col: 2 });
    expect(navigate(at(1, 2), { key: 'PageUp' }, dims).selection.active).toEqual({ row: 0, col: 2 });
  });

  it('extends a range with Shift and collapses it with Escape', () => {
    let result = navigate(at(2, 1), { key: 'ArrowDown', shift: true }, dims);
    result = navigate(result.selection, { key: 'ArrowRight', shift: true }, dims);
    expect(selectionRange(result.selection)).toEqual({ top: 2, bottom: 3, left: 1, right: 2 });
    const escaped = navigate(result.selection, { key: 'Escape' }, dims);
    expect(escaped.selection).toEqual(at(3, 2));
  });

  it('tabs across and wraps to the next row, and lets focus leave at the last cell', () => {
    expect(navigate(at(0, 4), { key: 'Tab' }, dims).selection.active).toEqual({ row: 1, col: 0 });
    expect(navigate(at(1, 0), { key: 'Tab', shift: true }, dims).selection.active).toEqual({ row: 0, col: 4 });
    expect(navigate(at(9, 4), { key: 'Tab' }, dims).handled).toBe(false);
    expect(navigate(at(0, 0), { key: 'Tab', shift: true }, dims).handled).toBe(false);
  });

  it('starts editing on Enter, F2 or a typed character', () => {
    expect(navigate(at(1, 1), { key: 'Enter' }, dims).command).toEqual({ type: 'edit', initial: null });
    expect(navigate(at(1, 1), { key: 'F2' }, dims).command).toEqual({ type: 'edit', initial: null });
    expect(navigate(at(1, 1), { key: '7' }, dims).command).toEqual({ type: 'edit', initial: '7' });
    expect(navigate(at(1, 1), { key: 'c', ctrl: true }, dims).handled).toBe(false); // copy is the browser's
  });

  it('clears with Delete or Backspace, and undoes with Ctrl/⌘+Z', () => {
    expect(navigate(at(1, 1), { key: 'Delete' }, dims).command.type).toBe('clear');
    expect(navigate(at(1, 1), { key: 'Backspace' }, dims).command.type).toBe('clear');
    expect(navigate(at(1, 1), { key: 'z', ctrl: true }, dims).command.type).toBe('undo');
    expect(navigate(at(1, 1), { key: 'Z', ctrl: true, shift: true }, dims).command.type).toBe('redo');
    expect(navigate(at(1, 1), { key: 'y', ctrl: true }, dims).command.type).toBe('redo');
    expect(navigate(at(1, 1), { key: 'Delete', ctrl: true }, dims).command.type).toBe('deleteRows');
    expect(navigate(at(1, 1), { key: 'Enter', ctrl: true }, dims).command.type).toBe('addRow');
  });

  it('moves after a commit: Enter down, Tab right, with Shift the other way', () => {
    expect(moveAfterCommit({ row: 2, col: 2 }, 'enter', dims)).toEqual({ row: 3, col: 2 });
    expect(moveAfterCommit({ row: 9, col: 2 }, 'enter', dims)).toEqual({ row: 9, col: 2 });
    expect(moveAfterCommit({ row: 2, col: 2 }, 'shift-enter', dims)).toEqual({ row: 1, col: 2 });
    expect(moveAfterCommit({ row: 2, col: 4 }, 'tab', dims)).toEqual({ row: 3, col: 0 });
    expect(moveAfterCommit({ row: 2, col: 0 }, 'shift-tab', dims)).toEqual({ row: 1, col: 4 });
  });

  it('does nothing on an empty grid and clamps after rows disappear', () => {
    expect(navigate(at(0, 0), { key: 'ArrowDown' }, { rows: 0, cols: 5, pageRows: 4 }).handled).toBe(false);
    expect(clampSelection(at(12, 7), dims)).toEqual(at(9, 4));
  });
});

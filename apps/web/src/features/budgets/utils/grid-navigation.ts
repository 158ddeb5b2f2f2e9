/**
 * Spreadsheet keyboard handling as a pure function: a key and the current selection in, the
 * next selection and what to do out. Rows are the shown lines, columns the shown columns.
 */

export type CellPos = { row: number; col: number };

export type Selection = {
  active: CellPos;
  /** The other corner of a range selected with Shift; equal to `active` for a single cell. */
  anchor: CellPos;
};

export type GridDims = { rows: number; cols: number; /** Rows that fit on one screen, for PageUp/PageDown. */ pageRows: number };

export type KeyInput = { key: string; shift?: boolean; ctrl?: boolean; alt?: boolean };

export type GridCommand =
  | { type: 'none' }
  | { type: 'select' }
  | { type: 'edit'; initial: string | null }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Ctrl/⌘+Delete: delete the selected lines. */
  | { type: 'deleteRows' }
  /** Ctrl/⌘+Enter: add a line in the active line's category. */
  | { type: 'addRow' };

export type NavResult = { selection: Selection; command: GridCommand; handled: boolean };

export type Range = { top: number; left: number; bottom: number; right: number };

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export function single(pos: CellPos): Selection {
  return { active: pos, anchor: pos };
}

export function selectionRange(selection: Selection): Range {
  return {
    top: Math.min(selection.active.row, selection.anchor.row),
    bottom: Math.max(selection.active.row, selection.anchor.row),
    left: Math.min(selection.active.col, selection.anchor.col),
    right: Math.max(selection.active.col, selection.anchor.col),
  };
}

export function isRange(selection: Selection): boolean {
  return selection.active.row !== selection.anchor.row || selection.active.col !== selection.anchor.col;
}

/** Keeps a selection inside the grid after rows or columns disappear. */
export function clampSelection(selection: Selection, dims: Pick<GridDims, 'rows' | 'cols'>): Selection {
  const fit = (p: CellPos) => ({ row: clamp(p.row, 0, Math.max(0, dims.rows - 1)), col: clamp(p.col, 0, Math.max(0, dims.cols - 1)) });
  return { active: fit(selection.active), anchor: fit(selection.anchor) };
}

/** A printable character (typing it starts editing with it), not a shortcut. */
export function isPrintable(input: KeyInput): boolean {
  return input.key.length === 1 && !input.ctrl && !input.alt;
}

/** Where the cursor goes after an edit is committed with Enter/Tab (and their Shift forms). */
export function moveAfterCommit(pos: CellPos, how: 'enter' | 'shift-enter' | 'tab' | 'shift-tab', dims: GridDims): CellPos {
  switch (how) {
    case 'enter':
      return { row: clamp(pos.row + 1, 0, dims.rows - 1), col: pos.col };
    case 'shift-enter':
      return { row: clamp(pos.row - 1, 0, dims.rows - 1), col: pos.col };
    case 'tab':
      return tabFrom(pos, 1, dims);
    case 'shift-tab':
      return tabFrom(pos, -1, dims);
  }
}

function tabFrom(pos: CellPos, step: 1 | -1, dims: GridDims): CellPos {
  let { row, col } = pos;
  col += step;
  if (col >= dims.cols) {
    if (row < dims.rows - 1) {
      row += 1;
      col = 0;
    } else col = dims.cols - 1;
  } else if (col < 0) {
    if (row > 0) {
      row -= 1;
      col = dims.cols - 1;
    } else col = 0;
  }
  return { row, col };
}

/** One key press on the grid while no cell is being edited. */
export function navigate(selection: Selection, input: KeyInput, dims: GridDims): NavResult {
  const none = (handled = false): NavResult => ({ selection, command: { type: 'none' }, handled });
  if (dims.rows === 0 || dims.cols === 0) return none();
  const { key, shift = false, ctrl = false } = input;
  const move = (to: CellPos, extend: boolean): NavResult => {
    const next = { row: clamp(to.row, 0, dims.rows - 1), col: clamp(to.col, 0, dims.cols - 1) };
    return { selection: extend ? { active: next, anchor: selection.anchor } : single(next), command: { type: 'select' }, handled: true };
  };
  const { row, col } = selection.active;

  if (ctrl) {
    switch (key.toLowerCase()) {
      case 'z':
        return { selection, command: { type: shift ? 'redo' : 'undo' }, handled: true };
      case 'y':
        return { selection, command: { type: 'redo' }, handled: true };
      case 'a':
        return { selection: { anchor: { row: 0, col: 0 }, active: { row: dims.rows - 1, col: dims.cols - 1 } }, command: { type: 'select' }, handled: true };
      case 'delete':
      case 'backspace':
        return { selection, command: { type: 'deleteRows' }, handled: true };
      case 'enter':
        return { selection, command: { type: 'addRow' }, handled: true };
      case 'arrowup':
        return move({ row: 0, col }, shift);
      case 'arrowdown':
        return move({ row: dims.rows - 1, col }, shift);
      case 'arrowleft':
        return move({ row, col: 0 }, shift);
      case 'arrowright':
        return move({ row, col: dims.cols - 1 }, shift);
      case 'home':
        return move({ row: 0, col: 0 }, shift);
      case 'end':
        return move({ row: dims.rows - 1, col: dims.cols - 1 }, shift);
      default:
        // Ctrl+C / Ctrl+V and the rest belong to the browser (copy and paste events).
        return none();
    }
  }

  switch (key) {
    case 'ArrowUp':
      return move({ row: row - 1, col }, shift);
    case 'ArrowDown':
      return move({ row: row + 1, col }, shift);
    case 'ArrowLeft':
      return move({ row, col: col - 1 }, shift);
    case 'ArrowRight':
      return move({ row, col: col + 1 }, shift);
    case 'Home':
      return move({ row, col: 0 }, shift);
    case 'End':
      return move({ row, col: dims.cols - 1 }, shift);
    case 'PageUp':
      return move({ row: row - Math.max(1, dims.pageRows), col }, shift);
    case 'PageDown':
      return move({ row: row + Math.max(1, dims.pageRows), col }, shift);
    case 'Tab': {
      // At the first or last cell, Tab leaves the grid as it would anywhere else on the page.
      const atEdge = shift ? row === 0 && col === 0 : row === dims.rows - 1 && col === dims.cols - 1;
      if (atEdge) return none();
      return move(tabFrom(selection.active, shift ? -1 : 1, dims), false);
    }
    case 'Enter':
      if (shift) return move({ row: row - 1, col }, false);
      return { selection: single(selection.active), command: { type: 'edit', initial: null }, handled: true };
    case 'F2':
      return { selection: single(selection.active), command: { type: 'edit', initial: null }, handled: true };
    case 'Delete':
    case 'Backspace':
      return { selection, command: { type: 'clear' }, handled: true };
    case 'Escape':
      return isRange(selection) ? { selection: single(selection.active), command: { type: 'select' }, handled: true } : none();
    default:
      if (isPrintable(input)) return { selection: single(selection.active), command: { type: 'edit', initial: key }, handled: true };
      return none();
  }
}

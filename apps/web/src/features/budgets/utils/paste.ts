import type { BudgetLine, CreateLineInput, CurrencyCode, UpdateLineInput } from '@rundown/domain';
import { COLUMN_BY_ID, effectivePatch, parseCell, parseCurrency, type CellContext, type CellError, type GridColumnId } from './grid-columns';
import type { Range } from './grid-navigation';

/**
 * Tab-separated text as spreadsheets put it on the clipboard: rows by newline, cells by tab,
 * cells holding a tab, newline or quote wrapped in quotes with quotes doubled. Empty rows in
 * the middle are kept (they clear their row); the final newline is not a row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const input = text.replace(/^\uFEFF/, '');
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (ch === '\r' && input[i + 1] === '\n') i += 1;
    } else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Cells as TSV, quoting what a spreadsheet would misread. */
export function toTsv(cells: readonly (readonly string[])[]): string {
  return cells
    .map((row) => row.map((cell) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join('\t'))
    .join('\n');
}

export type PasteError = {
  /** 1-based row of the pasted block. */
  sourceRow: number;
  column: GridColumnId;
  value: string;
  error: CellError;
  /** The line the row would have changed; null for a row that would have added a line. */
  lineDescription: string | null;
};

export type NewLineInput = Omit<CreateLineInput, 'categoryId' | 'sortOrder'>;

export type PastePlan = {
  updates: { lineId: string; patch: UpdateLineInput }[];
  creates: { sourceRow: number; input: NewLineInput }[];
  /** Rows with a bad cell are left out whole: none of their cells is applied. */
  errors: PasteError[];
  rejectedRows: number;
  /** Computed columns (estimate, actual…) in the block were skipped. */
  skippedComputed: boolean;
  /** Pasted columns beyond the last column of the grid. */
  droppedColumns: number;
  /** Pasted rows below the last line when new lines may not be added. */
  droppedRows: number;
};

export type PasteTarget = {
  selection: Range;
  /** The shown lines, in order: row n of the selection is lines[n]. */
  lines: readonly BudgetLine[];
  /** The shown columns, in order. */
  columns: readonly GridColumnId[];
  /** Rows pasted below the last line become new lines (false: they are dropped). */
  allowCreate: boolean;
};

function blankLine(ctx: CellContext): BudgetLine {
  return {
    id: '', categoryId: '', description: '', accountCode: null, vendor: null, quantity: '1', unit: 'flat', rate: '0',
    currency: ctx.budgetCurrency, exchangeRate: '1', multiplier: '1', fringeIds: [], notes: null, sortOrder: 0,
    subtotal: '0', fringeTotal: '0', estimate: '0', committed: '0', actual: '0', paid: '0', version: 0,
    updatedAt: new Date(0).toISOString(), updatedBy: null,
  };
}

/**
 * Plans a paste of `block` at the selection: which lines get which PATCH, which rows add lines,
 * and which cells cannot be read (their whole row is then skipped). A single pasted value
 * fills every selected cell, as in a spreadsheet.
 */
export function planPaste(block: readonly (readonly string[])[], target: PasteTarget, ctx: CellContext): PastePlan {
  const { selection, lines, columns } = target;
  const plan: PastePlan = { updates: [], creates: [], errors: [], rejectedRows: 0, skippedComputed: false, droppedColumns: 0, droppedRows: 0 };
  if (block.length === 0 || lines.length === 0 && !target.allowCreate) return plan;

  const fill = block.length === 1 && block[0]!.length === 1 && (selection.bottom > selection.top || selection.right > selection.left);
  const height = fill ? selection.bottom - selection.top + 1 : block.length;
  const width = fill ? selection.right - selection.left + 1 : Math.max(...block.map((r) => r.length));
  const cellAt = (r: number, c: number) => (fill ? block[0]![0]! : block[r]?.[c] ?? '');
  plan.droppedColumns = Math.max(0, selection.left + width - columns.length);
  const usableWidth = Math.min(width, columns.length - selection.left);

  for (let r = 0; r < height; r++) {
    const lineIndex = selection.top + r;
    const existing = lines[lineIndex];
    if (!existing && !target.allowCreate) {
      plan.droppedRows += 1;
      continue;
    }
    const base = existing ?? blankLine(ctx);
    const rowCells: { column: GridColumnId; text: string }[] = [];
    for (let c = 0; c < usableWidth; c++) {
      const column = columns[selection.left + c]!;
      if (COLUMN_BY_ID[column].kind === 'computed') {
        plan.skippedComputed = true;
        continue;
      }
      rowCells.push({ column, text: cellAt(r, c) });
    }
    if (!existing && rowCells.every((cell) => cell.text.trim() === '')) continue;

    // The currency first: the rate and exchange rate of the same row are read in it.
    let currency: CurrencyCode = base.currency;
    const currencyCell = rowCells.find((cell) => cell.column === 'currency');
    if (currencyCell) currency = currencyCell.text.trim() === '' ? ctx.budgetCurrency : (parseCurrency(currencyCell.text) ?? base.currency);

    const rowErrors: PasteError[] = [];
    let patch: UpdateLineInput = {};
    for (const cell of rowCells) {
      const parsed = parseCell(cell.text, cell.column, base, ctx, currency);
      if (parsed.ok) patch = { ...patch, ...parsed.patch };
      else rowErrors.push({ sourceRow: r + 1, column: cell.column, value: cell.text, error: parsed.error, lineDescription: existing?.description ?? null });
    }
    if (!existing && rowErrors.length === 0 && !(patch.description ?? '').trim()) {
      rowErrors.push({ sourceRow: r + 1, column: 'description', value: '', error: { key: 'required' }, lineDescription: null });
    }
    if (rowErrors.length > 0) {
      plan.errors.push(...rowErrors);
      plan.rejectedRows += 1;
      continue;
    }
    if (existing) {
      const changed = effectivePatch(existing, patch);
      if (Object.keys(changed).length > 0) plan.updates.push({ lineId: existing.id, patch: changed });
    } else {
      const merged = { ...base, ...patch };
      plan.creates.push({
        sourceRow: r + 1,
        input: {
          description: merged.description,
          accountCode: merged.accountCode,
          vendor: merged.vendor,
          quantity: merged.quantity,
          unit: merged.unit,
          rate: merged.rate,
          currency: merged.currency,
          exchangeRate: merged.exchangeRate,
          multiplier: merged.multiplier,
          fringeIds: merged.fringeIds,
          notes: merged.notes,
        },
      });
    }
  }
  return plan;
}

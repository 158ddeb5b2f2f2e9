import type { BudgetLine, FringeRuleDto } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import type { CellContext, GridColumnId } from './grid-columns';
import { parseTsv, planPaste, toTsv } from './paste';

const ppn: FringeRuleDto = { id: '0b5c1c4e-1111-4aaa-8aaa-000000000001', name: 'PPN', kind: 'percent', basisPoints: 1100, amount: null, currency: null, version: 1 };
const ctx = (locale = 'id-ID'): CellContext => ({ locale, budgetCurrency: 'IDR', fringes: [ppn], unitLabel: (u) => u });

function line(id: string, overrides: Partial<BudgetLine> = {}): BudgetLine {
  return {
    id, categoryId: 'c1', description: `Line ${id}`, accountCode: null, vendor: null, quantity: '1', unit: 'flat', rate: '100000', currency: 'IDR',
    exchangeRate: '1', multiplier: '1', fringeIds: [], notes: null, sortOrder: 10, subtotal: '100000', fringeTotal: '0', estimate: '100000',
    committed: '0', actual: '0', paid: '0', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'Rina', ...overrides,
  };
}

const columns: GridColumnId[] = ['accountCode', 'description', 'vendor', 'quantity', 'unit', 'rate', 'currency', 'exchangeRate', 'multiplier', 'fringes', 'estimate', 'notes'];
const at = (row: number, col: number, rows = 0, cols = 0) => ({ top: row, bottom: row + rows, left: col, right: col + cols });

describe('parseTsv', () => {
  it('reads rows and cells as a spreadsheet copies them', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseTsv('one')).toEqual([['one']]);
    expect(parseTsv('x\t\ty\n')).toEqual([['x', '', 'y']]);
  });
  it('keeps quoted cells with tabs, newlines and quotes whole', () => {
    expect(parseTsv('"two\nlines"\t"say ""hi"""\n')).toEqual([['two\nlines', 'say "hi"']]);
  });
  it('keeps empty rows in the middle', () => {
    expect(parseTsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });
  it('round-trips through toTsv', () => {
    const cells = [['a\tb', 'c"d'], ['multi\nline', '']];
    expect(parseTsv(toTsv(cells))).toEqual(cells);
  });
});

describe('planPaste', () => {
  const lines = [line('1'), line('2'), line('3')];

  it('applies a block across rows and columns, reading numbers in the user’s locale', () => {
    const block = parseTsv('2,5\thari\t1.250.000\n3\tjam\tRp 75.000\n');
    const plan = planPaste(block, { selection: at(0, 3), lines, columns, allowCreate: false }, ctx());
    expect(plan.errors).toEqual([]);
    expect(plan.updates).toEqual([
      { lineId: '1', patch: { quantity: '2.5', unit: 'day', rate: '1250000' } },
      { lineId: '2', patch: { quantity: '3', unit: 'hour', rate: '75000' } },
    ]);
  });

  it('reads English numbers in en-US', () => {
    const plan = planPaste([['1,234.5', 'day']], { selection: at(0, 3), lines, columns, allowCreate: false }, ctx('en-US'));
    expect(plan.updates[0]!.patch).toEqual({ quantity: '1234.5', unit: 'day' });
  });

  it('rejects a row with a bad cell whole, and applies the others', () => {
    const block = parseTsv('2\tday\t1.000\n3\tparsec\t2.000\n4\tday\t1.250,50\n5\tday\t3.000\n');
    const plan = planPaste(block, { selection: at(0, 3), lines: [...lines, line('4')], columns, allowCreate: false }, ctx());
    expect(plan.updates.map((u) => u.lineId)).toEqual(['1', '4']);
    expect(plan.rejectedRows).toBe(2);
    expect(plan.errors.map((e) => [e.sourceRow, e.column, e.error.key])).toEqual([
      [2, 'unit', 'unknownUnit'],
      [3, 'rate', 'moneyDecimals'], // fractional rupiah
    ]);
  });

  it('reads the rate in the currency pasted on the same row and needs a rate for it', () => {
    const plan = planPaste([['12,50', 'USD', '16.250']], { selection: at(0, 5), lines, columns, allowCreate: false }, ctx());
    expect(plan.errors).toEqual([]);
    expect(plan.updates[0]!.patch).toEqual({ rate: '1250', currency: 'USD', exchangeRate: '16250' });
  });

  it('skips calculated columns and reports them', () => {
    const plan = planPaste([['PPN', '999', 'note']], { selection: at(0, 9), lines, columns, allowCreate: false }, ctx());
    expect(plan.skippedComputed).toBe(true);
    expect(plan.updates[0]!.patch).toEqual({ fringeIds: [ppn.id], notes: 'note' });
  });

  it('fills every selected cell with a single pasted value', () => {
    const plan = planPaste([['PT Suara Jaya']], { selection: at(0, 2, 2, 0), lines, columns, allowCreate: false }, ctx());
    expect(plan.updates.map((u) => [u.lineId, u.patch.vendor])).toEqual([['1', 'PT Suara Jaya'], ['2', 'PT Suara Jaya'], ['3', 'PT Suara Jaya']]);
  });

  it('leaves out values that would not change anything', () => {
    const plan = planPaste([['1', 'flat']], { selection: at(0, 3), lines, columns, allowCreate: false }, ctx());
    expect(plan.updates).toEqual([]);
  });

  it('adds lines for rows below the last one when allowed, requiring a description', () => {
    const block = parseTsv('A-1\tGenset 100 kVA\n\t\nA-3\t\n');
    const plan = planPaste(block, { selection: at(2, 0), lines, columns, allowCreate: true }, ctx());
    expect(plan.updates).toEqual([{ lineId: '3', patch: { accountCode: 'A-1', description: 'Genset 100 kVA' } }]);
    expect(plan.creates).toEqual([]);
    expect(plan.errors.map((e) => [e.sourceRow, e.column, e.error.key])).toEqual([[3, 'description', 'required']]);

    const more = planPaste(parseTsv('x\tone\ny\ttwo\n'), { selection: at(2, 0), lines, columns, allowCreate: true }, ctx());
    expect(more.creates).toHaveLength(1);
    expect(more.creates[0]!.input).toMatchObject({ accountCode: 'y', description: 'two', quantity: '1', rate: '0', currency: 'IDR' });
  });

  it('drops rows and columns that do not fit when lines may not be added', () => {
    const plan = planPaste([['a', 'b', 'c']], { selection: at(2, 10), lines, columns, allowCreate: false }, ctx());
    expect(plan.droppedColumns).toBe(1);
    const rows = planPaste([['x'], ['y']], { selection: at(2, 0), lines, columns, allowCreate: false }, ctx());
    expect(rows.droppedRows).toBe(1);
  });
});

import { lineEstimate, toBudgetTotals, type BudgetLine, type BudgetSummary, type FringeRuleDto } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { adjustSummary, applyLinePatch } from './optimistic';

const ppn: FringeRuleDto = { id: '0b5c1c4e-1111-4aaa-8aaa-000000000001', name: 'PPN', kind: 'percent', basisPoints: 1100, amount: null, currency: null, version: 1 };
const flat: FringeRuleDto = { id: '0b5c1c4e-1111-4aaa-8aaa-000000000002', name: 'BPJS', kind: 'flat', basisPoints: null, amount: '50000', currency: 'IDR', version: 1 };

const line: BudgetLine = {
  id: 'l1', categoryId: 'sound', description: 'Sound system', accountCode: null, vendor: null, quantity: '2', unit: 'day', rate: '1250000', currency: 'IDR',
  exchangeRate: '1', multiplier: '1', fringeIds: [], notes: null, sortOrder: 10, subtotal: '2500000', fringeTotal: '0', estimate: '2500000',
  committed: '0', actual: '3000000', paid: '0', version: 3, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'Rina',
};

describe('optimistic line estimate', () => {
  it('recomputes the estimate with the domain, exactly as the API will', () => {
    const next = applyLinePatch(line, { quantity: '2.5', multiplier: '3' }, 'IDR', []);
    expect(next.estimate).toBe('9375000');
    expect(next.version).toBe(3);
  });

  it('includes fringes: PPN 11% of the subtotal plus flat amounts', () => {
    const next = applyLinePatch(line, { fringeIds: [ppn.id, flat.id] }, 'IDR', [ppn, flat]);
    const expected = lineEstimate(
      { quantity: '2', multiplier: '1', rate: '1250000', currency: 'IDR', exchangeRate: '1' },
      [{ id: ppn.id, kind: 'percent', basisPoints: 1100 }, { id: flat.id, kind: 'flat', amount: '50000' }],
      'IDR',
    );
    expect(next).toMatchObject({ subtotal: '2500000', fringeTotal: expected.fringes.toString(), estimate: expected.estimate.toString() });
    expect(next.estimate).toBe('2825000');
  });

  it('converts a line in another currency at its exchange rate, and resets the rate in the budget currency', () => {
    const usd = applyLinePatch(line, { currency: 'USD', rate: '1250', exchangeRate: '16250.5', quantity: '2' }, 'IDR', []);
    expect(usd.estimate).toBe('406263');
    const back = applyLinePatch(usd, { currency: 'IDR', rate: '100' }, 'IDR', []);
    expect(back.exchangeRate).toBe('1');
    expect(back.estimate).toBe('200');
  });

  it('keeps the last fringe amount for a rule it does not know', () => {
    const withUnknown = { ...line, fringeIds: ['0b5c1c4e-1111-4aaa-8aaa-00000000dead'], fringeTotal: '1000', estimate: '2501000' };
    expect(applyLinePatch(withUnknown, { quantity: '1' }, 'IDR', []).estimate).toBe('1251000');
  });
});

describe('optimistic summary', () => {
  const totals = (estimate: bigint, actual = 0n) => toBudgetTotals({ estimate, committed: 0n, actual, paid: 0n });
  const summary: BudgetSummary = {
    currency: 'IDR',
    lineCount: 1,
    totals: totals(2_500_000n, 3_000_000n),
    categories: [
      { id: 'prod', parentId: null, code: '2000', name: 'Production', totals: totals(2_500_000n, 3_000_000n) },
      { id: 'sound', parentId: 'prod', code: '2100', name: 'Sound', totals: totals(2_500_000n, 3_000_000n) },
      { id: 'food', parentId: null, code: '3000', name: 'Catering', totals: totals(0n) },
    ],
    pending: { commitments: 0, expenses: 0, amount: '0' },
  };

  it('moves the total and every ancestor by the change, and re-derives over-budget', () => {
    const after = applyLinePatch(line, { quantity: '4' }, 'IDR', []);
    const next = adjustSummary(summary, [{ before: line, after }]);
    expect(next.totals).toMatchObject({ estimate: '5000000', variance: '2000000', overBudget: false });
    expect(next.categories.map((c) => c.totals.estimate)).toEqual(['5000000', '5000000', '0']);
    expect(summary.totals.overBudget).toBe(true);
  });

  it('counts lines added and removed, and moves spending with a line to another category', () => {
    const moved = adjustSummary(summary, [{ before: line, after: { ...line, categoryId: 'food' } }]);
    expect(moved.categories.map((c) => [c.totals.estimate, c.totals.actual])).toEqual([['0', '0'], ['0', '0'], ['2500000', '3000000']]);
    const removed = adjustSummary(summary, [{ before: line, after: null }]);
    expect(removed.lineCount).toBe(0);
    expect(removed.totals.estimate).toBe('0');
  });
});

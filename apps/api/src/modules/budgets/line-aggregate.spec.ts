import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryDeltas, combine, EMPTY, spendContribution, type LineAggregate } from './line-aggregate.js';

const aggregate = fc.record({
  lines: fc.constant(1),
  estimate: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  committed: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  actual: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  paid: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  pendingCommitments: fc.nat(5),
  pendingExpenses: fc.nat(5),
  pendingAmount: fc.bigInt({ min: 0n, max: 10n ** 12n }),
});

describe('category deltas', () => {
  it('applied in any order, leave each category equal to the sum of its current lines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), aggregate, fc.constantFrom('a', 'b', 'c'), aggregate, fc.boolean()), { maxLength: 20 }), (ops) => {
        const lines = new Map<number, { categoryId: string; aggregate: LineAggregate }>();
        const totals = new Map<string, LineAggregate>();
        ops.forEach(([cat, agg, newCat, newAgg, remove], i) => {
          lines.set(i, { categoryId: cat, aggregate: agg });
          const changes = [{ before: null, after: { categoryId: cat, aggregate: agg } }];
          const next = remove ? null : { categoryId: newCat, aggregate: newAgg };
          changes.push({ before: { categoryId: cat, aggregate: agg }, after: next } as never);
          if (next) lines.set(i, next);
          else lines.delete(i);
          for (const [id, d] of categoryDeltas(changes)) totals.set(id, combine(totals.get(id) ?? EMPTY, d));
        });
        for (const cat of ['a', 'b', 'c']) {
          const expected = [...lines.values()].filter((l) => l.categoryId === cat).reduce((sum, l) => combine(sum, l.aggregate), EMPTY);
          expect(totals.get(cat) ?? EMPTY).toEqual(expected);
        }
      }),
    );
  });

  it('moves pending amounts into committed or actual when approved', () => {
    const pending = spendContribution('commitment', 'pending', 500n);
    const approved = spendContribution('commitment', 'approved', 500n);
    expect(combine(approved, pending, -1)).toEqual({ ...EMPTY, committed: 500n, pendingCommitments: -1, pendingAmount: -500n });
    expect(spendContribution('expense', 'paid', 7n)).toMatchObject({ actual: 7n, paid: 7n });
    expect(spendContribution('expense', 'rejected', 7n)).toEqual(EMPTY);
  });
});

/**
 * What one line contributes to its category's totals. Every change to a line or to spending
 * against it moves its category's row in `budget_category_totals` by the difference between
 * the line's aggregate before and after, inside the same transaction; deltas commute, so
 * concurrent writers never lose each other's changes.
 */
export type LineAggregate = {
  lines: number;
  estimate: bigint;
  committed: bigint;
  actual: bigint;
  paid: bigint;
  pendingCommitments: number;
  pendingExpenses: number;
  pendingAmount: bigint;
};

export const EMPTY: LineAggregate = {
  lines: 0, estimate: 0n, committed: 0n, actual: 0n, paid: 0n, pendingCommitments: 0, pendingExpenses: 0, pendingAmount: 0n,
};

export function combine(a: LineAggregate, b: LineAggregate, sign: 1 | -1 = 1): LineAggregate {
  const n = BigInt(sign);
  return {
    lines: a.lines + sign * b.lines,
    estimate: a.estimate + n * b.estimate,
    committed: a.committed + n * b.committed,
    actual: a.actual + n * b.actual,
    paid: a.paid + n * b.paid,
    pendingCommitments: a.pendingCommitments + sign * b.pendingCommitments,
    pendingExpenses: a.pendingExpenses + sign * b.pendingExpenses,
    pendingAmount: a.pendingAmount + n * b.pendingAmount,
  };
}

/** What a commitment or expense in `status` adds to its line. */
export function spendContribution(kind: 'commitment' | 'expense', status: string, amount: bigint): LineAggregate {
  if (kind === 'commitment') {
    if (status === 'approved') return { ...EMPTY, committed: amount };
    if (status === 'pending') return { ...EMPTY, pendingCommitments: 1, pendingAmount: amount };
    return EMPTY;
  }
  if (status === 'approved') return { ...EMPTY, actual: amount };
  if (status === 'paid') return { ...EMPTY, actual: amount, paid: amount };
  if (status === 'submitted') return { ...EMPTY, pendingExpenses: 1, pendingAmount: amount };
  return EMPTY;
}

/** Per-category deltas for a set of line changes (null: the line did not exist before / after). */
export function categoryDeltas(
  changes: readonly { before: { categoryId: string; aggregate: LineAggregate } | null; after: { categoryId: string; aggregate: LineAggregate } | null }[],
): Map<string, LineAggregate> {
  const deltas = new Map<string, LineAggregate>();
  const add = (categoryId: string, aggregate: LineAggregate, sign: 1 | -1) =>
    deltas.set(categoryId, combine(deltas.get(categoryId) ?? EMPTY, aggregate, sign));
  for (const { before, after } of changes) {
    if (before) add(before.categoryId, before.aggregate, -1);
    if (after) add(after.categoryId, after.aggregate, 1);
  }
  return deltas;
}

import {
  lineEstimate,
  toBudgetTotals,
  type BudgetLine,
  type BudgetSummary,
  type BudgetTotals,
  type CurrencyCode,
  type FringeRule,
  type FringeRuleDto,
  type Totals,
  type UpdateLineInput,
} from '@rundown/domain';
import { lineTotals } from './grid-model';

export function toFringeRules(rules: readonly FringeRuleDto[]): Map<string, FringeRule> {
  const out = new Map<string, FringeRule>();
  for (const rule of rules) {
    if (rule.kind === 'percent') out.set(rule.id, { id: rule.id, kind: 'percent', basisPoints: rule.basisPoints ?? 0 });
    else out.set(rule.id, { id: rule.id, kind: 'flat', amount: rule.amount ?? '0' });
  }
  return out;
}

/**
 * The line as it will be once the server applies `patch`: its amounts recomputed here with the
 * domain's `lineEstimate`, the same function the API uses, so the optimistic value is the real one.
 * Fringe rules this client does not know keep the line's previous fringe amount.
 */
export function applyLinePatch(
  line: BudgetLine,
  patch: UpdateLineInput,
  budgetCurrency: CurrencyCode,
  fringes: readonly FringeRuleDto[],
): BudgetLine {
  const next = { ...line, ...patch } as BudgetLine;
  if (next.currency === budgetCurrency) next.exchangeRate = '1';
  const rules = toFringeRules(fringes);
  const known = next.fringeIds.every((id) => rules.has(id));
  try {
    const result = lineEstimate(next, next.fringeIds.flatMap((id) => (rules.has(id) ? [rules.get(id)!] : [])), budgetCurrency);
    const fringeTotal = known ? result.fringes : BigInt(line.fringeTotal);
    return { ...next, subtotal: result.subtotal.toString(), fringeTotal: fringeTotal.toString(), estimate: (result.subtotal + fringeTotal).toString() };
  } catch {
    // Not computable (should not happen for validated input): keep the last known amounts.
    return next;
  }
}

const sub = (a: Totals, b: Totals): Totals => ({
  estimate: a.estimate - b.estimate,
  committed: a.committed - b.committed,
  actual: a.actual - b.actual,
  paid: a.paid - b.paid,
});

const toBigTotals = (t: BudgetTotals): Totals => ({
  estimate: BigInt(t.estimate),
  committed: BigInt(t.committed),
  actual: BigInt(t.actual),
  paid: BigInt(t.paid),
});

/**
 * The summary after lines change from `before` to `after` (null: added or removed): the
 * difference moves the budget total and each category's rolled-up total up its chain of parents.
 */
export function adjustSummary(summary: BudgetSummary, changes: readonly { before: BudgetLine | null; after: BudgetLine | null }[]): BudgetSummary {
  const parentOf = new Map(summary.categories.map((c) => [c.id, c.parentId]));
  const deltas = new Map<string, Totals>();
  const zero: Totals = { estimate: 0n, committed: 0n, actual: 0n, paid: 0n };
  const addTo = (categoryId: string, delta: Totals) => {
    const seen = new Set<string>();
    for (let at: string | null | undefined = categoryId; at && parentOf.has(at) && !seen.has(at); at = parentOf.get(at)) {
      seen.add(at);
      const current = deltas.get(at) ?? zero;
      deltas.set(at, { estimate: current.estimate + delta.estimate, committed: current.committed + delta.committed, actual: current.actual + delta.actual, paid: current.paid + delta.paid });
    }
  };
  let total = zero;
  let lineCount = summary.lineCount;
  for (const { before, after } of changes) {
    if (before) {
      const t = lineTotals(before);
      addTo(before.categoryId, sub(zero, t));
      total = sub(total, t);
      lineCount -= 1;
    }
    if (after) {
      const t = lineTotals(after);
      addTo(after.categoryId, t);
      total = sub(total, sub(zero, t));
      lineCount += 1;
    }
  }
  const plus = (a: Totals, b: Totals) => sub(a, sub(zero, b));
  return {
    ...summary,
    lineCount,
    totals: toBudgetTotals(plus(toBigTotals(summary.totals), total)),
    categories: summary.categories.map((c) => {
      const delta = deltas.get(c.id);
      return delta ? { ...c, totals: toBudgetTotals(plus(toBigTotals(c.totals), delta)) } : c;
    }),
  };
}

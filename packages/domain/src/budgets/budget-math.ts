import { currencyExponent, type CurrencyCode } from '../money/currency.js';
import type { BudgetTotals } from './budget.schemas.js';
import { divideRoundHalfUp, parseDecimal } from './decimal.js';

/** Quantities and multipliers carry 3 decimals; exchange rates 6; fringe percentages 2 (basis points). */
export const QUANTITY_SCALE = 3;
export const MULTIPLIER_SCALE = 3;
export const EXCHANGE_RATE_SCALE = 6;

export type LineAmountInput = {
  quantity: string;
  multiplier: string;
  /** Rate in minor units of `currency`. */
  rate: string;
  currency: CurrencyCode;
  /** Units of the budget currency for one unit of `currency`; "1" when they are the same. */
  exchangeRate: string;
};

export type FringeRule = { id: string; kind: 'percent'; basisPoints: number } | { id: string; kind: 'flat'; amount: string };

function decimal(text: string, scale: number, what: string): bigint {
  const value = parseDecimal(text, scale);
  if (value === null) throw new RangeError(`${what} is not a decimal with at most ${scale} places: ${text}`);
  return value;
}

/**
 * A line's subtotal in the budget currency's minor units:
 *   quantity × multiplier × rate × exchange rate, rounded once, half away from zero.
 * This function is the only place an estimate is computed; SQL totals are tested against it.
 */
export function lineSubtotal(line: LineAmountInput, budgetCurrency: CurrencyCode): bigint {
  const quantity = decimal(line.quantity, QUANTITY_SCALE, 'quantity');
  const multiplier = decimal(line.multiplier, MULTIPLIER_SCALE, 'multiplier');
  const fx = line.currency === budgetCurrency ? 10n ** BigInt(EXCHANGE_RATE_SCALE) : decimal(line.exchangeRate, EXCHANGE_RATE_SCALE, 'exchange rate');
  const rate = BigInt(line.rate);
  const exponentShift = currencyExponent(budgetCurrency) - currencyExponent(line.currency);
  let numerator = quantity * multiplier * rate * fx;
  let denominator = 10n ** BigInt(QUANTITY_SCALE + MULTIPLIER_SCALE + EXCHANGE_RATE_SCALE);
  if (exponentShift >= 0) numerator *= 10n ** BigInt(exponentShift);
  else denominator *= 10n ** BigInt(-exponentShift);
  return divideRoundHalfUp(numerator, denominator);
}

/** An amount in another currency, converted at its recorded rate with the same rounding rule. */
export function convertToBudget(amount: string, currency: CurrencyCode, exchangeRate: string, budgetCurrency: CurrencyCode): bigint {
  return lineSubtotal({ quantity: '1', multiplier: '1', rate: amount, currency, exchangeRate }, budgetCurrency);
}

/** A fringe on one line: a percentage of its subtotal (rounded per line) or a flat amount. */
export function fringeAmount(subtotal: bigint, rule: FringeRule): bigint {
  return rule.kind === 'percent' ? divideRoundHalfUp(subtotal * BigInt(rule.basisPoints), 10_000n) : BigInt(rule.amount);
}

export function lineEstimate(line: LineAmountInput, fringes: readonly FringeRule[], budgetCurrency: CurrencyCode) {
  const subtotal = lineSubtotal(line, budgetCurrency);
  const fringeTotal = fringes.reduce((sum, rule) => sum + fringeAmount(subtotal, rule), 0n);
  return { subtotal, fringes: fringeTotal, estimate: subtotal + fringeTotal };
}

export type Totals = { estimate: bigint; committed: bigint; actual: bigint; paid: bigint };

export const ZERO_TOTALS: Totals = { estimate: 0n, committed: 0n, actual: 0n, paid: 0n };

export function addTotals(a: Totals, b: Totals): Totals {
  return { estimate: a.estimate + b.estimate, committed: a.committed + b.committed, actual: a.actual + b.actual, paid: a.paid + b.paid };
}

/**
 * What a line or category still has, given its totals. Exposure is the larger of what is
 * committed and what has been spent (a purchase order usually covers its invoice).
 * Fields are listed, not spread: on this V8 `{ ...totals, more }` costs microseconds a call,
 * and the summary derives every category on every read.
 */
export function derive(totals: Totals) {
  const exposure = totals.committed > totals.actual ? totals.committed : totals.actual;
  return {
    estimate: totals.estimate,
    committed: totals.committed,
    actual: totals.actual,
    paid: totals.paid,
    variance: totals.estimate - totals.actual,
    remaining: totals.estimate - exposure,
    /** Basis points of the estimate used (exposure / estimate); null when nothing is estimated. */
    usedBasisPoints: totals.estimate === 0n ? null : Number(divideRoundHalfUp(exposure * 10_000n, totals.estimate)),
    overBudget: exposure > totals.estimate,
  };
}

/** Totals as the API sends them: exact amounts as decimal strings, with what `derive` adds. */
export function toBudgetTotals(totals: Totals): BudgetTotals {
  const d = derive(totals);
  return {
    estimate: d.estimate.toString(),
    committed: d.committed.toString(),
    actual: d.actual.toString(),
    paid: d.paid.toString(),
    variance: d.variance.toString(),
    remaining: d.remaining.toString(),
    usedBasisPoints: d.usedBasisPoints,
    overBudget: d.overBudget,
  };
}

/**
 * Rolls line totals up a category tree: each category's total is its own lines plus all
 * its descendants'. Unknown parents are treated as roots.
 */
export function rollUp(
  categories: readonly { id: string; parentId: string | null }[],
  lines: readonly { categoryId: string; totals: Totals }[],
): Map<string, Totals> {
  const parentOf = new Map(categories.map((c) => [c.id, c.parentId]));
  const result = new Map<string, Totals>(categories.map((c) => [c.id, ZERO_TOTALS]));
  for (const line of lines) {
    let at: string | null | undefined = line.categoryId;
    const seen = new Set<string>();
    while (at && result.has(at) && !seen.has(at)) {
      seen.add(at);
      result.set(at, addTotals(result.get(at)!, line.totals));
      at = parentOf.get(at);
    }
  }
  return result;
}

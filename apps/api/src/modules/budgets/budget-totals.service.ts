import { Injectable } from '@nestjs/common';
import { maxAmount, type CurrencyCode } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import type { TenantTx } from '../../common/database.service.js';
import { BudgetsRepository, type AmountColumns } from './budgets.repository.js';
import type { LineAggregate } from './line-aggregate.js';

type Budget = { id: string; currency: CurrencyCode };

const AMOUNTS = [
  ['estimate', 'estimate'],
  ['committed', 'committed'],
  ['actual', 'actual'],
  ['paid', 'paid'],
  ['pending_amount', 'pendingAmount'],
] as const satisfies readonly (readonly [keyof AmountColumns, keyof LineAggregate])[];

/**
 * The one place money totals are moved, and where they are kept below the largest amount the
 * product accepts (`maxAmount`, see packages/domain/src/money/amount-range.ts). A total that would
 * pass it is refused with `amount_out_of_range` naming it, and the transaction rolls back, so no
 * stored total ever disagrees with its lines. A change that lowers a total is always allowed, so a
 * total stored above the bound before it existed can still be brought back down.
 */
@Injectable()
export class BudgetTotalsService {
  constructor(private readonly repository: BudgetsRepository) {}

  /** Refuses an amount (an input or a line's computed amount) above the bound of its currency. */
  checkAmount(what: string, amount: bigint, currency: CurrencyCode, pointer: string): void {
    if (amount > maxAmount(currency) || amount < -maxAmount(currency)) throw outOfRange(what, amount, currency, pointer);
  }

  /** Refuses a line's computed amounts above the bound, unless its estimate did not grow. */
  checkLine(amounts: { subtotal: bigint; fringes: bigint; estimate: bigint }, previousEstimate: bigint | null, currency: CurrencyCode, pointer: string): void {
    if (previousEstimate !== null && amounts.estimate <= previousEstimate) return;
    this.checkAmount('the line subtotal', amounts.subtotal, currency, pointer);
    this.checkAmount('the line fringes', amounts.fringes, currency, pointer);
    this.checkAmount('the line estimate', amounts.estimate, currency, pointer);
  }

  /** Moves categories' totals by their deltas, then checks the categories and the budget's total. */
  async move(tx: TenantTx, budget: Budget, deltas: Map<string, LineAggregate>, pointer: string): Promise<void> {
    if (deltas.size === 0) return;
    const grown = growing([...deltas.values()]);
    // A single delta beyond the bound cannot end within it (totals start within it): refuse before
    // the statement, so PostgreSQL never has to add numbers that do not fit.
    for (const delta of deltas.values()) checkDelta(delta, budget.currency, pointer);
    const moved = await this.repository.applyDeltas(tx, budget.id, deltas);
    for (const row of moved) checkRow(row, `category “${row.name ?? row.category_id}”`, grown, budget.currency, pointer);
    checkRow(await this.repository.budgetTotals(tx, budget.id), 'the budget', grown, budget.currency, pointer);
  }

  /** Moves a line's spending sums and its category's totals by the same delta, within the bound. */
  async moveLineSpend(tx: TenantTx, budget: Budget, lineId: string, delta: LineAggregate, pointer: string): Promise<void> {
    checkDelta(delta, budget.currency, pointer);
    const line = await this.repository.adjustLineSpend(tx, lineId, delta);
    checkRow(line, `line “${line.name ?? lineId}”`, growing([delta]), budget.currency, pointer);
    await this.move(tx, budget, new Map([[line.category_id, delta]]), pointer);
  }
}

/** Which amounts a set of deltas raises: only those may not end above the bound. */
function growing(deltas: readonly LineAggregate[]): Set<keyof AmountColumns> {
  return new Set(AMOUNTS.filter(([, key]) => deltas.some((d) => (d[key] as bigint) > 0n)).map(([column]) => column));
}

function checkDelta(delta: LineAggregate, currency: CurrencyCode, pointer: string): void {
  for (const [, key] of AMOUNTS) {
    const value = delta[key] as bigint;
    if (value > maxAmount(currency)) throw outOfRange(`a change of ${label(key)}`, value, currency, pointer);
  }
}

function checkRow(row: AmountColumns, owner: string, grown: Set<keyof AmountColumns>, currency: CurrencyCode, pointer: string): void {
  for (const [column, key] of AMOUNTS) {
    const value = BigInt(row[column]);
    if (grown.has(column) && value > maxAmount(currency)) throw outOfRange(`the ${label(key)} of ${owner}`, value, currency, pointer);
  }
}

function label(key: keyof LineAggregate): string {
  return key === 'pendingAmount' ? 'pending amount' : key;
}

function outOfRange(what: string, amount: bigint, currency: CurrencyCode, pointer: string): AppError {
  const message = `${what} would be ${amount} (${currency} minor units); the largest amount Rundown accepts is ${maxAmount(currency)}`;
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return new AppError('amount_out_of_range', sentence, { errors: [{ pointer, code: 'amount_out_of_range', message: sentence }] });
}

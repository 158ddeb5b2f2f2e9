import { Injectable } from '@nestjs/common';
import {
  can,
  convertToBudget,
  type Commitment,
  type CreateCommitmentInput,
  type CreateExpenseInput,
  type CurrencyCode,
  type Expense,
  type Page,
  type SpendListQuery,
} from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import type { TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { tidyDecimal } from './budget.mapper.js';
import type { BudgetRow } from './budgets.repository.js';
import { combine, spendContribution, type LineAggregate } from './line-aggregate.js';
import { BudgetsService } from './budgets.service.js';
import { BudgetTotalsService } from './budget-totals.service.js';

type SpendKind = 'commitment' | 'expense';

type SpendRow = {
  id: string;
  line_id: string;
  description: string | null;
  amount: string;
  currency: CurrencyCode;
  exchange_rate: string;
  amount_budget: string;
  status: string;
  submitted_by: string | null;
  submitted_by_name: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  version: number;
  created_at: Date;
  vendor?: string;
  issued_on?: string;
  payee?: string;
  spent_on?: string;
  reference?: string | null;
  paid_at?: Date | null;
};

const TABLE: Record<SpendKind, string> = { commitment: 'commitments', expense: 'expenses' };
const EXTRA: Record<SpendKind, string> = {
  commitment: 's.vendor, s.issued_on::text',
  expense: 's.payee, s.spent_on::text, s.reference, s.paid_at',
};

const common = (row: SpendRow) => ({
  id: row.id,
  lineId: row.line_id,
  description: row.description,
  amount: row.amount,
  currency: row.currency,
  exchangeRate: tidyDecimal(row.exchange_rate, 6),
  amountInBudgetCurrency: row.amount_budget,
  submittedBy: row.submitted_by_name,
  decidedBy: row.decided_by_name,
  decidedAt: row.decided_at?.toISOString() ?? null,
  version: row.version,
  createdAt: row.created_at.toISOString(),
});

const toCommitment = (row: SpendRow): Commitment => ({
  ...common(row),
  vendor: row.vendor!,
  issuedOn: row.issued_on!,
  status: row.status as Commitment['status'],
});

const toExpense = (row: SpendRow): Expense => ({
  ...common(row),
  payee: row.payee!,
  spentOn: row.spent_on!,
  reference: row.reference ?? null,
  status: row.status as Expense['status'],
  paidAt: row.paid_at?.toISOString() ?? null,
});

/** Status changes each action allows, and whether it is an approval decision. */
const ACTIONS = {
  commitment: {
    approve: { from: ['pending'], to: 'approved', decision: true },
    reject: { from: ['pending'], to: 'rejected', decision: true },
    cancel: { from: ['pending', 'approved'], to: 'cancelled', decision: false },
  },
  expense: {
    approve: { from: ['submitted'], to: 'approved', decision: true },
    reject: { from: ['submitted'], to: 'rejected', decision: true },
    pay: { from: ['approved'], to: 'paid', decision: false },
  },
} as const;

/**
 * Commitments (purchase orders) and expenses (invoices, receipts) against budget lines.
 * Above the organization's approval threshold an item waits for a manager or owner other
 * than its submitter; below it, it counts at once.
 */
@Injectable()
export class SpendService {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly totals: BudgetTotalsService,
  ) {}

  listCommitments(ctx: OrgContext, eventId: string, query: SpendListQuery): Promise<Page<Commitment>> {
    return this.list(ctx, eventId, 'commitment', query, toCommitment);
  }

  listExpenses(ctx: OrgContext, eventId: string, query: SpendListQuery): Promise<Page<Expense>> {
    return this.list(ctx, eventId, 'expense', query, toExpense);
  }

  createCommitment(ctx: OrgContext, eventId: string, input: CreateCommitmentInput): Promise<Commitment> {
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      const { amountBudget, status } = await this.prepare(tx, budget, input, 'approved', 'pending');
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO commitments (organization_id, budget_id, line_id, vendor, description, issued_on, amount, currency, exchange_rate,
                                  amount_budget, status, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [tx.orgId, budget.id, input.lineId, input.vendor, input.description, input.issuedOn, input.amount, input.currency,
          input.exchangeRate, amountBudget.toString(), status, ctx.actor.userId],
      );
      await this.moveLineTotals(tx, budget, input.lineId, spendContribution('commitment', status, amountBudget));
      const created = toCommitment((await this.find(tx, 'commitment', budget.id, row!.id))!);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'commitment', entityId: created.id, after: created });
      return created;
    });
  }

  createExpense(ctx: OrgContext, eventId: string, input: CreateExpenseInput): Promise<Expense> {
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      const { amountBudget, status } = await this.prepare(tx, budget, input, 'approved', 'submitted');
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO expenses (organization_id, budget_id, line_id, payee, description, reference, spent_on, amount, currency,
                               exchange_rate, amount_budget, status, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [tx.orgId, budget.id, input.lineId, input.payee, input.description, input.reference, input.spentOn, input.amount, input.currency,
          input.exchangeRate, amountBudget.toString(), status, ctx.actor.userId],
      );
      await this.moveLineTotals(tx, budget, input.lineId, spendContribution('expense', status, amountBudget));
      const created = toExpense((await this.find(tx, 'expense', budget.id, row!.id))!);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'expense', entityId: created.id, after: created });
      return created;
    });
  }

  decideCommitment(ctx: OrgContext, eventId: string, id: string, action: keyof (typeof ACTIONS)['commitment']): Promise<Commitment> {
    return this.decide(ctx, eventId, 'commitment', id, ACTIONS.commitment[action], toCommitment);
  }

  decideExpense(ctx: OrgContext, eventId: string, id: string, action: keyof (typeof ACTIONS)['expense']): Promise<Expense> {
    return this.decide(ctx, eventId, 'expense', id, ACTIONS.expense[action], toExpense);
  }

  private list<T>(ctx: OrgContext, eventId: string, kind: SpendKind, query: SpendListQuery, map: (row: SpendRow) => T): Promise<Page<T>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      // Only the filters given are in the statement, so each combination has its own plan: an
      // ordered scan of (budget_id[, status], created_at, id) or (line_id, created_at, id).
      const params: unknown[] = [budget.id, tx.orgId];
      const add = (value: unknown) => `$${params.push(value)}`;
      const where = ['s.budget_id = $1', 's.organization_id = $2'];
      if (query.lineId) where.push(`s.line_id = ${add(query.lineId)}::uuid`);
      if (query.status) where.push(`s.status = ${add(query.status)}`);
      if (after) where.push(`(s.created_at, s.id) < (${add(after[0])}::timestamptz, ${add(after[1])}::uuid)`);
      const rows = await tx.query<SpendRow>(
        `${this.select(kind)} WHERE ${where.join(' AND ')} ORDER BY s.created_at DESC, s.id DESC LIMIT ${add(query.limit + 1)}`,
        params,
      );
      return toPage(rows, query.limit, map, (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  private select(kind: SpendKind): string {
    return `SELECT s.id, s.line_id, s.description, s.amount::text, s.currency, s.exchange_rate, s.amount_budget::text, s.status,
                   s.submitted_by, su.name AS submitted_by_name, du.name AS decided_by_name, s.decided_at, s.version, s.created_at,
                   ${EXTRA[kind]}
              FROM ${TABLE[kind]} s
              LEFT JOIN users su ON su.id = s.submitted_by
              LEFT JOIN users du ON du.id = s.decided_by`;
  }

  private async find(tx: TenantTx, kind: SpendKind, budgetId: string, id: string, forUpdate = false): Promise<SpendRow | undefined> {
    const [row] = await tx.query<SpendRow>(
      `${this.select(kind)} WHERE s.id = $1 AND s.budget_id = $2 AND s.organization_id = $3 ${forUpdate ? 'FOR UPDATE OF s' : ''}`,
      [id, budgetId, tx.orgId],
    );
    return row;
  }

  /** Moves the line's spending columns and its category's totals by the same delta, within the largest amount. */
  private moveLineTotals(tx: TenantTx, budget: BudgetRow, lineId: string, delta: LineAggregate): Promise<void> {
    return this.totals.moveLineSpend(tx, budget, lineId, delta, '/body/amount');
  }

  /** Checks the line, converts to the budget currency, and decides whether approval is needed. */
  private async prepare(
    tx: TenantTx,
    budget: BudgetRow,
    input: { lineId: string; amount: string; currency: CurrencyCode; exchangeRate: string },
    counted: string,
    waiting: string,
  ): Promise<{ amountBudget: bigint; status: string }> {
    const [line] = await tx.query(`SELECT 1 FROM budget_lines WHERE id = $1 AND budget_id = $2 AND organization_id = $3`, [
      input.lineId,
      budget.id,
      tx.orgId,
    ]);
    if (!line) {
      throw new AppError('validation_failed', undefined, {
        errors: [{ pointer: '/body/lineId', code: 'invalid_reference', message: 'No such line in this budget' }],
      });
    }
    const rate = input.currency === budget.currency ? '1' : input.exchangeRate;
    this.totals.checkAmount('the amount', BigInt(input.amount), input.currency, '/body/amount');
    const amountBudget = convertToBudget(input.amount, input.currency, rate, budget.currency);
    this.totals.checkAmount('the amount in the budget currency', amountBudget, budget.currency, '/body/amount');
    const [org] = await tx.query<{ approval_threshold: string | null; default_currency: string }>(
      `SELECT approval_threshold::text, default_currency FROM organizations WHERE id = $1`,
      [tx.orgId],
    );
    // The threshold is in the organization's currency; on a budget in another currency every item is reviewed.
    const threshold = org?.approval_threshold;
    const needsApproval = threshold !== null && threshold !== undefined && (org!.default_currency !== budget.currency || amountBudget > BigInt(threshold));
    return { amountBudget, status: needsApproval ? waiting : counted };
  }

  private decide<T>(
    ctx: OrgContext,
    eventId: string,
    kind: SpendKind,
    id: string,
    rule: { from: readonly string[]; to: string; decision: boolean },
    map: (row: SpendRow) => T,
  ): Promise<T> {
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      const current = await this.find(tx, kind, budget.id, id, true);
      if (!current) throw new AppError('not_found');
      if (rule.decision) {
        if (!can(ctx.org.role, 'budgets.approve')) throw new AppError('forbidden');
        if (current.submitted_by === ctx.actor.userId) throw new AppError('forbidden', 'Someone other than the submitter must decide');
      }
      if (!rule.from.includes(current.status)) {
        throw new AppError('invalid_transition', `A ${current.status} ${kind} cannot become ${rule.to}`);
      }
      await tx.execute(
        `UPDATE ${TABLE[kind]} SET status = $3, version = version + 1, updated_at = now()
                ${rule.decision ? ', decided_by = $4, decided_at = now()' : ''}
                ${kind === 'expense' && rule.to === 'paid' ? ', paid_at = now()' : ''}
          WHERE id = $1 AND organization_id = $2`,
        rule.decision ? [id, tx.orgId, rule.to, ctx.actor.userId] : [id, tx.orgId, rule.to],
      );
      const amount = BigInt(current.amount_budget);
      await this.moveLineTotals(tx, budget, current.line_id, combine(spendContribution(kind, rule.to, amount), spendContribution(kind, current.status, amount), -1));
      const after = (await this.find(tx, kind, budget.id, id))!;
      await recordAudit(tx, ctx, { action: 'update', entityType: kind, entityId: id, before: map(current) as object, after: map(after) as object });
      return map(after);
    });
  }
}

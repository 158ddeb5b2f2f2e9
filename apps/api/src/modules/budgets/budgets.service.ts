import { Injectable } from '@nestjs/common';
import {
  addTotals,
  BUDGET_TEMPLATES,
  lineEstimate,
  rollUp,
  toBudgetTotals,
  ZERO_TOTALS,
  type Budget,
  type BudgetCategory,
  type BudgetLine,
  type AuditEntry,
  type BudgetSummary,
  type CategoryTemplate,
  type CreateCategoryInput,
  type CreateLineInput,
  type CurrencyCode,
  type Page,
  type PageQuery,
  type UpdateCategoryInput,
  type UpdateLineInput,
} from '@rundown/domain';
import { AppError, fieldError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { BudgetSummaryCache } from './budget-summary.cache.js';
import { aggregateOf, toCategory, toLine } from './budget.mapper.js';
import { BudgetsRepository, type BudgetRow, type LineValues } from './budgets.repository.js';
import { BudgetTotalsService } from './budget-totals.service.js';
import { AuditService } from '../audit/audit.service.js';
import { EventsService } from '../events/events.service.js';
import { FringesService } from './fringes.service.js';
import { categoryDeltas } from './line-aggregate.js';

type LineInput = Omit<LineValues, 'subtotal' | 'fringeTotal' | 'estimate'> & { fringeIds: string[] };

@Injectable()
export class BudgetsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly budgets: BudgetsRepository,
    private readonly fringes: FringesService,
    private readonly audit: AuditService,
    private readonly summaries: BudgetSummaryCache,
    private readonly totals: BudgetTotalsService,
    private readonly events: EventsService,
  ) {}

  /** Runs `work` with the event's budget, creating it from the kind's template on first use. */
  withBudget<T>(ctx: OrgContext, eventId: string, work: (tx: TenantTx, budget: BudgetRow) => Promise<T>): Promise<T> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => work(tx, await this.ensure(tx, ctx, eventId)));
  }

  private async ensure(tx: TenantTx, ctx: OrgContext, eventId: string): Promise<BudgetRow> {
    const existing = await this.budgets.findByEvent(tx, eventId);
    if (existing) return existing;
    const event = await this.events.require(tx, eventId);
    const created = await this.budgets.insert(tx, eventId, event.currency);
    if (!created) return (await this.budgets.findByEvent(tx, eventId))!;
    const language = (await this.budgets.organizationLocale(tx)) === 'en' ? 'en' : 'id';
    const seed = async (templates: readonly CategoryTemplate[], parentId: string | null) => {
      for (const [index, template] of templates.entries()) {
        const row = await this.budgets.insertCategory(tx, created.id, {
          parentId,
          code: template.code,
          name: template.name[language],
          sortOrder: (index + 1) * 100,
        });
        await seed(template.children ?? [], row.id);
      }
    };
    await seed(BUDGET_TEMPLATES[event.kind], null);
    await recordAudit(tx, ctx, { action: 'create', entityType: 'budget', entityId: created.id, after: { eventId, currency: created.currency } });
    return created;
  }

  get(ctx: OrgContext, eventId: string): Promise<Budget> {
    return this.withBudget(ctx, eventId, async (tx, budget) => ({
      id: budget.id,
      eventId: budget.event_id,
      currency: budget.currency,
      categories: (await this.budgets.categories(tx, budget.id)).map(toCategory),
    }));
  }

  /** The hot path: kept until the budget changes (see `BudgetSummaryCache`). */
  summary(ctx: OrgContext, eventId: string): Promise<BudgetSummary> {
    return this.summaries.read(ctx.org.id, eventId, () => this.readSummary(ctx, eventId));
  }

  /** One query when the budget exists; it is created first only on the very first read. */
  private async readSummary(ctx: OrgContext, eventId: string): Promise<BudgetSummary> {
    let rows = await this.budgets.readCategoriesWithTotals(this.db, { orgId: ctx.org.id, userId: ctx.actor.userId }, eventId);
    if (rows.length === 0) rows = await this.withBudget(ctx, eventId, (tx) => this.budgets.categoriesWithTotals(tx, eventId));
    const currency = rows[0]?.budget_currency ?? (await this.get(ctx, eventId)).currency;
    const own = rows.map((r) => ({
      categoryId: r.id,
      totals: { estimate: BigInt(r.estimate), committed: BigInt(r.committed), actual: BigInt(r.actual), paid: BigInt(r.paid) },
    }));
    const rolled = rollUp(rows.map((c) => ({ id: c.id, parentId: c.parent_id })), own);
    return {
      currency,
      lineCount: rows.reduce((n, r) => n + r.line_count, 0),
      totals: toBudgetTotals(own.reduce((sum, c) => addTotals(sum, c.totals), ZERO_TOTALS)),
      categories: rows.map((c) => ({ id: c.id, parentId: c.parent_id, code: c.code, name: c.name, totals: toBudgetTotals(rolled.get(c.id)!) })),
      pending: {
        commitments: rows.reduce((n, r) => n + r.pending_commitments, 0),
        expenses: rows.reduce((n, r) => n + r.pending_expenses, 0),
        amount: rows.reduce((n, r) => n + BigInt(r.pending_amount), 0n).toString(),
      },
    };
  }

  listLines(ctx: OrgContext, eventId: string, query: { limit: number; cursor?: string }): Promise<Page<BudgetLine>> {
    const after = readCursor(query.cursor, ['int', 'uuid']);
    return this.withBudget(ctx, eventId, async (tx, budget) => {
      const rows = await this.budgets.lines(tx, budget.id, query.limit + 1, after);
      return toPage(rows, query.limit, toLine, (r) => [r.sort_order, r.id]);
    });
  }

  createLine(ctx: OrgContext, eventId: string, input: CreateLineInput): Promise<BudgetLine> {
    return this.withBudget(ctx, eventId, async (tx, budget) => {
      await this.assertCategory(tx, budget, input.categoryId);
      this.totals.checkAmount('the rate', BigInt(input.rate), (input.currency ?? budget.currency) as CurrencyCode, '/body/rate');
      const line = await this.insertComputedLine(tx, budget, {
        categoryId: input.categoryId,
        sortOrder: input.sortOrder ?? (await this.budgets.nextLineSortOrder(tx, budget.id)),
        description: input.description,
        accountCode: input.accountCode ?? null,
        vendor: input.vendor ?? null,
        quantity: input.quantity,
        unit: input.unit,
        rate: input.rate,
        currency: input.currency ?? budget.currency,
        exchangeRate: input.exchangeRate,
        multiplier: input.multiplier,
        notes: input.notes ?? null,
        fringeIds: input.fringeIds,
      });
      await recordAudit(tx, ctx, { action: 'create', entityType: 'budget_line', entityId: line.id, after: line });
      return line;
    });
  }

  /** Computes a line's amounts with the domain and stores it with its fringes. */
  async insertComputedLine(tx: TenantTx, budget: BudgetRow, input: LineInput): Promise<BudgetLine> {
    const values = await this.compute(tx, budget, input, null);
    const id = await this.budgets.insertLine(tx, budget.id, values);
    await this.budgets.setLineFringes(tx, id, values.fringeIds);
    const row = (await this.budgets.line(tx, budget.id, id))!;
    await this.totals.move(tx, budget, categoryDeltas([{ before: null, after: { categoryId: row.category_id, aggregate: aggregateOf(row) } }]), '/body');
    return toLine(row);
  }

  updateLine(ctx: OrgContext, eventId: string, lineId: string, version: number, input: UpdateLineInput): Promise<BudgetLine> {
    return this.withBudget(ctx, eventId, async (tx, budget) => {
      if (!(await this.budgets.lockLine(tx, budget.id, lineId))) throw new AppError('not_found');
      const current = (await this.budgets.line(tx, budget.id, lineId))!;
      const before = toLine(current);
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      if (input.categoryId) await this.assertCategory(tx, budget, input.categoryId);
      const merged = { ...before, ...input };
      if (input.rate !== undefined) this.totals.checkAmount('the rate', BigInt(merged.rate), merged.currency as CurrencyCode, '/body/rate');
      const values = await this.compute(tx, budget, merged, BigInt(current.estimate));
      if (!(await this.budgets.updateLine(tx, lineId, version, values))) {
        throw new AppError('precondition_failed', undefined, { current: before });
      }
      if (input.fringeIds) await this.budgets.setLineFringes(tx, lineId, values.fringeIds);
      const updated = (await this.budgets.line(tx, budget.id, lineId))!;
      await this.totals.move(tx, budget, categoryDeltas([
        { before: { categoryId: current.category_id, aggregate: aggregateOf(current) }, after: { categoryId: updated.category_id, aggregate: aggregateOf(updated) } },
      ]), '/body');
      const after = toLine(updated);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'budget_line', entityId: lineId, before, after });
      return after;
    });
  }

  /** A line's audit trail, for anyone who may read the budget (the full log is for admins). */
  async lineHistory(ctx: OrgContext, eventId: string, lineId: string, query: PageQuery): Promise<Page<AuditEntry>> {
    const exists = await this.withBudget(ctx, eventId, async (tx, budget) => Boolean(await this.budgets.line(tx, budget.id, lineId)));
    if (!exists) throw new AppError('not_found');
    return this.audit.list(ctx, { ...query, entityType: 'budget_line', entityId: lineId });
  }

  deleteLine(ctx: OrgContext, eventId: string, lineId: string): Promise<void> {
    return this.withBudget(ctx, eventId, async (tx, budget) => {
      if (!(await this.budgets.lockLine(tx, budget.id, lineId))) throw new AppError('not_found');
      const current = (await this.budgets.line(tx, budget.id, lineId))!;
      const before = toLine(current);
      await this.budgets.deleteLine(tx, lineId);
      await this.totals.move(tx, budget, categoryDeltas([{ before: { categoryId: current.category_id, aggregate: aggregateOf(current) }, after: null }]), '/body');
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'budget_line', entityId: lineId, before });
    });
  }

  createCategory(ctx: OrgContext, eventId: string, input: CreateCategoryInput): Promise<BudgetCategory> {
    return this.withBudget(ctx, eventId, async (tx, budget) => {
      if (input.parentId) await this.assertCategory(tx, budget, input.parentId, '/body/parentId');
      const siblings = (await this.budgets.categories(tx, budget.id)).filter((c) => c.parent_id === input.parentId);
      const sortOrder = input.sortOrder ?? Math.max(0, ...siblings.map((c) => c.sort_order)) + 100;
      const category = toCategory(await this.budgets.insertCategory(tx, budget.id, { ...input, sortOrder }));
      await recordAudit(tx, ctx, { action: 'create', entityType: 'budget_category', entityId: category.id, after: category });
      return category;
    });
  }

  updateCategory(ctx: OrgContext, eventId: string, categoryId: string, version: number, input: UpdateCategoryInput): Promise<BudgetCategory> {
    return this.withBudget(ctx, eventId, async (tx, budget) => {
      const current = await this.budgets.category(tx, budget.id, categoryId, true);
      if (!current) throw new AppError('not_found');
      const before = toCategory(current);
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      const next = { ...before, ...input };
      if (input.parentId) {
        const all = await this.budgets.categories(tx, budget.id);
        const parentOf = new Map(all.map((c) => [c.id, c.parent_id]));
        if (!parentOf.has(input.parentId)) throw fieldError('/body/parentId', 'No such category in this budget');
        for (let at: string | null | undefined = input.parentId; at; at = parentOf.get(at)) {
          if (at === categoryId) throw fieldError('/body/parentId', 'A category cannot move inside itself');
        }
      }
      const after = toCategory(await this.budgets.updateCategory(tx, categoryId, next));
      await recordAudit(tx, ctx, { action: 'update', entityType: 'budget_category', entityId: categoryId, before, after });
      return after;
    });
  }

  deleteCategory(ctx: OrgContext, eventId: string, categoryId: string): Promise<void> {
    return this.withBudget(ctx, eventId, async (tx, budget) => {
      const current = await this.budgets.category(tx, budget.id, categoryId, true);
      if (!current) throw new AppError('not_found');
      if (await this.budgets.categoryInUse(tx, categoryId)) {
        throw new AppError('conflict', 'Move or delete its lines and subcategories first');
      }
      await this.budgets.deleteCategory(tx, categoryId);
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'budget_category', entityId: categoryId, before: toCategory(current) });
    });
  }

  private async assertCategory(tx: TenantTx, budget: BudgetRow, categoryId: string, pointer = '/body/categoryId'): Promise<void> {
    if (!(await this.budgets.category(tx, budget.id, categoryId))) throw fieldError(pointer, 'No such category in this budget');
  }

  /** The one path from what a person typed to the stored estimate: domain arithmetic, then persistence. */
  private async compute(tx: TenantTx, budget: BudgetRow, line: LineInput, previousEstimate: bigint | null): Promise<LineValues & { fringeIds: string[] }> {
    const rules = await this.fringes.rulesFor(tx, line.fringeIds, budget.currency);
    const currency = line.currency as CurrencyCode;
    const exchangeRate = currency === budget.currency ? '1' : line.exchangeRate;
    const result = lineEstimate({ ...line, currency, exchangeRate }, rules, budget.currency);
    this.totals.checkLine(result, previousEstimate, budget.currency, '/body');
    return { ...line, exchangeRate, subtotal: result.subtotal, fringeTotal: result.fringes, estimate: result.estimate };
  }
}

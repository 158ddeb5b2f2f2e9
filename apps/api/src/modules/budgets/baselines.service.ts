import { Injectable } from '@nestjs/common';
import {
  amountInRange,
  maxAmount,
  rollUp,
  type Baseline,
  type BaselineComparison,
  type Budget,
  type BudgetTemplate,
  type Page,
  type PageQuery,
  type Totals,
} from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { toCategory, toLine } from './budget.mapper.js';
import { BudgetsRepository } from './budgets.repository.js';
import { BudgetsService } from './budgets.service.js';

type BaselineRow = { id: string; name: string; total: string; created_at: Date; created_by_name: string | null };
type SnapshotLine = { id: string; categoryId: string; description: string; estimate: string };
type TemplateRow = { id: string; name: string; currency: BudgetTemplate['currency']; category_count: number; line_count: number; created_at: Date };
type TemplateCategory = { key: string; parentKey: string | null; code: string; name: string; sortOrder: number };
type TemplateLine = Omit<ReturnType<typeof toLine>, 'id' | 'categoryId' | 'version' | 'updatedAt' | 'updatedBy'> & { categoryKey: string };

const toBaseline = (row: BaselineRow): Baseline => ({
  id: row.id,
  name: row.name,
  total: row.total,
  createdAt: row.created_at.toISOString(),
  createdBy: row.created_by_name,
});

const toTemplate = (row: TemplateRow): BudgetTemplate => ({
  id: row.id,
  name: row.name,
  currency: row.currency,
  categoryCount: row.category_count,
  lineCount: row.line_count,
  createdAt: row.created_at.toISOString(),
});

const only = (estimate: bigint): Totals => ({ estimate, committed: 0n, actual: 0n, paid: 0n });

/** Locked versions of a budget to compare against, and organization templates to start from. */
@Injectable()
export class BaselinesService {
  constructor(
    private readonly db: DatabaseService,
    private readonly budgets: BudgetsService,
    private readonly repository: BudgetsRepository,
  ) {}

  list(ctx: OrgContext, eventId: string, query: PageQuery): Promise<Page<Baseline>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      const rows = await tx.query<BaselineRow>(
        `SELECT b.id, b.name, b.total::text, b.created_at, u.name AS created_by_name
           FROM budget_baselines b LEFT JOIN users u ON u.id = b.created_by
          WHERE b.budget_id = $1 AND b.organization_id = $2
            AND ($3::timestamptz IS NULL OR (b.created_at, b.id) < ($3::timestamptz, $4::uuid))
          ORDER BY b.created_at DESC, b.id DESC LIMIT $5`,
        [budget.id, tx.orgId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
      return toPage(rows, query.limit, toBaseline, (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  create(ctx: OrgContext, eventId: string, name: string): Promise<Baseline> {
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      await tx.bulk();
      const lines = (await this.repository.lines(tx, budget.id, 1_000_000, null)).map(toLine);
      const snapshot: SnapshotLine[] = lines.map((l) => ({ id: l.id, categoryId: l.categoryId, description: l.description, estimate: l.estimate }));
      const total = lines.reduce((sum, l) => sum + BigInt(l.estimate), 0n);
      if (!amountInRange(total, budget.currency)) {
        throw new AppError('amount_out_of_range', `The budget total (${total}) is above the largest amount Rundown accepts (${maxAmount(budget.currency)}); lower it before taking a baseline`);
      }
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO budget_baselines (organization_id, budget_id, name, total, lines, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [tx.orgId, budget.id, name, total.toString(), JSON.stringify(snapshot), tx.userId],
      );
      const [created] = await tx.query<BaselineRow>(
        `SELECT b.id, b.name, b.total::text, b.created_at, u.name AS created_by_name FROM budget_baselines b LEFT JOIN users u ON u.id = b.created_by WHERE b.id = $1`,
        [row!.id],
      );
      const baseline = toBaseline(created!);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'budget_baseline', entityId: baseline.id, after: baseline });
      return baseline;
    });
  }

  compare(ctx: OrgContext, eventId: string, baselineId: string): Promise<BaselineComparison> {
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      const [row] = await tx.query<BaselineRow & { lines: SnapshotLine[] }>(
        `SELECT b.id, b.name, b.total::text, b.created_at, u.name AS created_by_name, b.lines
           FROM budget_baselines b LEFT JOIN users u ON u.id = b.created_by
          WHERE b.id = $1 AND b.budget_id = $2 AND b.organization_id = $3`,
        [baselineId, budget.id, tx.orgId],
      );
      if (!row) throw new AppError('not_found');
      const categories = await this.repository.categories(tx, budget.id);
      await tx.bulk();
      const current = (await this.repository.lines(tx, budget.id, 1_000_000, null)).map(toLine);
      const tree = categories.map((c) => ({ id: c.id, parentId: c.parent_id }));
      const before = rollUp(tree, row.lines.map((l) => ({ categoryId: l.categoryId, totals: only(BigInt(l.estimate)) })));
      const now = rollUp(tree, current.map((l) => ({ categoryId: l.categoryId, totals: only(BigInt(l.estimate)) })));
      const was = new Map(row.lines.map((l) => [l.id, l]));
      const is = new Map(current.map((l) => [l.id, l]));
      const compared = (baseline: bigint, currentValue: bigint) => ({
        baseline: baseline.toString(),
        current: currentValue.toString(),
        delta: (currentValue - baseline).toString(),
      });
      const lines: BaselineComparison['lines'] = [];
      for (const l of current) {
        const old = was.get(l.id);
        if (!old || old.estimate !== l.estimate) {
          lines.push({ lineId: l.id, description: l.description, categoryId: l.categoryId, change: old ? 'changed' : 'added', ...compared(BigInt(old?.estimate ?? 0), BigInt(l.estimate)) });
        }
      }
      for (const old of row.lines) {
        if (!is.has(old.id)) lines.push({ lineId: old.id, description: old.description, categoryId: old.categoryId, change: 'removed', ...compared(BigInt(old.estimate), 0n) });
      }
      const currentTotal = current.reduce((sum, l) => sum + BigInt(l.estimate), 0n);
      return {
        baseline: toBaseline(row),
        totals: compared(BigInt(row.total), currentTotal),
        categories: categories.map((c) => ({ id: c.id, parentId: c.parent_id, code: c.code, name: c.name, ...compared(before.get(c.id)!.estimate, now.get(c.id)!.estimate) })),
        lines,
      };
    });
  }

  listTemplates(ctx: OrgContext, query: PageQuery): Promise<Page<BudgetTemplate>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const rows = await tx.query<TemplateRow>(
        `SELECT id, name, currency, jsonb_array_length(categories) AS category_count, jsonb_array_length(lines) AS line_count, created_at
           FROM budget_templates WHERE organization_id = $1
            AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
          ORDER BY created_at DESC, id DESC LIMIT $4`,
        [tx.orgId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
      return toPage(rows, query.limit, toTemplate, (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  /** Saves an event's categories and lines (not its spending) as an organization template. */
  createTemplate(ctx: OrgContext, name: string, eventId: string): Promise<BudgetTemplate> {
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      const categories: TemplateCategory[] = (await this.repository.categories(tx, budget.id)).map((c) => ({
        key: c.id, parentKey: c.parent_id, code: c.code, name: c.name, sortOrder: c.sort_order,
      }));
      await tx.bulk();
      const lines: TemplateLine[] = (await this.repository.lines(tx, budget.id, 1_000_000, null)).map(toLine).map(
        ({ id: _id, categoryId, version: _v, updatedAt: _u, updatedBy: _b, ...rest }) => ({ ...rest, categoryKey: categoryId }),
      );
      const [row] = await tx.query<TemplateRow>(
        `INSERT INTO budget_templates (organization_id, name, currency, categories, lines, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, name, currency, jsonb_array_length(categories) AS category_count, jsonb_array_length(lines) AS line_count, created_at`,
        [tx.orgId, name, budget.currency, JSON.stringify(categories), JSON.stringify(lines), tx.userId],
      );
      const template = toTemplate(row!);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'budget_template', entityId: template.id, after: template });
      return template;
    });
  }

  /** Replaces an empty budget's categories with a template's, and adds its lines. */
  applyTemplate(ctx: OrgContext, eventId: string, templateId: string): Promise<Budget> {
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      const [template] = await tx.query<{ currency: string; categories: TemplateCategory[]; lines: TemplateLine[] }>(
        `SELECT currency, categories, lines FROM budget_templates WHERE id = $1 AND organization_id = $2`,
        [templateId, tx.orgId],
      );
      if (!template) {
        throw new AppError('validation_failed', undefined, { errors: [{ pointer: '/body/templateId', code: 'invalid_reference', message: 'No such template' }] });
      }
      if (template.currency !== budget.currency) throw new AppError('conflict', `The template is in ${template.currency}; this budget is in ${budget.currency}`);
      const [used] = await tx.query(`SELECT 1 FROM budget_lines WHERE budget_id = $1 AND organization_id = $2 LIMIT 1`, [budget.id, tx.orgId]);
      if (used) throw new AppError('conflict', 'A template can only start an empty budget');
      // One statement: the parent reference is checked at its end, so the whole tree goes at once.
      await tx.execute(`DELETE FROM budget_categories WHERE budget_id = $1 AND organization_id = $2`, [budget.id, tx.orgId]);
      const ids = new Map<string, string>();
      const pending = [...template.categories];
      while (pending.length > 0) {
        const index = pending.findIndex((c) => c.parentKey === null || ids.has(c.parentKey));
        if (index < 0) break;
        const [c] = pending.splice(index, 1);
        const row = await this.repository.insertCategory(tx, budget.id, {
          parentId: c!.parentKey ? ids.get(c!.parentKey)! : null, code: c!.code, name: c!.name, sortOrder: c!.sortOrder,
        });
        ids.set(c!.key, row.id);
      }
      const [rules] = await tx.query<{ ids: string[] }>(`SELECT coalesce(array_agg(id), '{}') AS ids FROM fringe_rules WHERE organization_id = $1`, [tx.orgId]);
      const existingRules = new Set(rules!.ids);
      for (const line of template.lines) {
        const categoryId = ids.get(line.categoryKey);
        if (!categoryId) continue;
        await this.budgets.insertComputedLine(tx, budget, { ...line, categoryId, fringeIds: line.fringeIds.filter((id) => existingRules.has(id)) });
      }
      await recordAudit(tx, ctx, { action: 'update', entityType: 'budget', entityId: budget.id, after: { templateId } });
      return {
        id: budget.id,
        eventId: budget.event_id,
        currency: budget.currency,
        categories: (await this.repository.categories(tx, budget.id)).map(toCategory),
      };
    });
  }
}

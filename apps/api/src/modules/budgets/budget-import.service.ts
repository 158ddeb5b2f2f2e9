import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { amountInRange, lineEstimate, maxAmount, type CurrencyCode, type FieldError, type FringeRule, type ImportRow } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import type { TenantTx } from '../../common/database.service.js';
import { idempotent } from '../../common/idempotency.js';
import type { OrgContext } from '../../common/request-context.js';
import { BudgetsRepository, type BudgetRow } from './budgets.repository.js';
import { BudgetsService } from './budgets.service.js';
import { BudgetTotalsService } from './budget-totals.service.js';
import { FringesRepository, toFringeRule } from './fringes.repository.js';
import { categoryDeltas, EMPTY } from './line-aggregate.js';

const CHUNK = 2000;

type PreparedLine = Awaited<ReturnType<BudgetImportService['prepare']>>[number];

/**
 * All-or-nothing import of budget lines: every row is resolved and computed first; one bad
 * row means a 400 listing every bad row and nothing written.
 */
@Injectable()
export class BudgetImportService {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly repository: BudgetsRepository,
    private readonly fringes: FringesRepository,
    private readonly totals: BudgetTotalsService,
  ) {}

  import(ctx: OrgContext, eventId: string, rows: ImportRow[], idempotencyKey: string | undefined): Promise<{ created: number }> {
    return this.budgets.withBudget(ctx, eventId, (tx, budget) =>
      idempotent(tx, idempotencyKey, { eventId, rows }, async () => {
        await tx.bulk();
        const prepared = await this.prepare(tx, budget, rows);
        let sortOrder = await this.repository.nextLineSortOrder(tx, budget.id);
        for (let start = 0; start < prepared.length; start += CHUNK) {
          const chunk = prepared.slice(start, start + CHUNK).map((line) => ({ ...line, sortOrder: (sortOrder += 10) }));
          await this.insertChunk(tx, budget.id, chunk);
        }
        await this.totals.move(
          tx,
          budget,
          categoryDeltas(prepared.map((l) => ({ before: null, after: { categoryId: l.categoryId, aggregate: { ...EMPTY, lines: 1, estimate: l.estimate } } }))),
          '/body/rows',
        );
        await recordAudit(tx, ctx, { action: 'create', entityType: 'budget_import', entityId: budget.id, after: { lines: prepared.length } });
        return { created: prepared.length };
      }),
    );
  }

  private async prepare(tx: TenantTx, budget: BudgetRow, rows: ImportRow[]) {
    const categories = await this.repository.categories(tx, budget.id);
    const byKey = new Map<string, string>();
    for (const c of categories) {
      byKey.set(c.name.trim().toLowerCase(), c.id);
      if (c.code) byKey.set(c.code.trim().toLowerCase(), c.id);
    }
    const rules = (await tx.query<Parameters<typeof toFringeRule>[0]>(
      `SELECT id, name, kind, basis_points, amount::text, currency, version, created_at FROM fringe_rules WHERE organization_id = $1`,
      [tx.orgId],
    ));
    const ruleByName = new Map(rules.map((r) => [r.name.trim().toLowerCase(), r]));
    const errors: FieldError[] = [];
    const prepared = rows.map((row, index) => {
      const fail = (field: string, message: string) => errors.push({ pointer: `/body/rows/${index}/${field}`, code: 'invalid_row', message });
      const categoryId = byKey.get(row.category.toLowerCase());
      if (!categoryId) fail('category', `No category "${row.category}" in this budget`);
      const fringeRules: FringeRule[] = [];
      const fringeIds: string[] = [];
      for (const name of row.fringes) {
        const rule = ruleByName.get(name.toLowerCase());
        if (!rule) fail('fringes', `No fringe rule "${name}"`);
        else if (rule.kind === 'flat' && rule.currency !== budget.currency) fail('fringes', `"${name}" is not in ${budget.currency}`);
        else {
          fringeRules.push(toFringeRule(rule));
          fringeIds.push(rule.id);
        }
      }
      const currency = (row.currency ?? budget.currency) as CurrencyCode;
      const exchangeRate = currency === budget.currency ? '1' : row.exchangeRate;
      const amounts = lineEstimate({ ...row, currency, exchangeRate }, fringeRules, budget.currency);
      if (!amountInRange(BigInt(row.rate), currency)) fail('rate', `The rate is above the largest amount Rundown accepts (${maxAmount(currency)})`);
      else if (!amountInRange(amounts.estimate, budget.currency)) fail('rate', `The estimate (${amounts.estimate}) is above the largest amount Rundown accepts (${maxAmount(budget.currency)})`);
      return { ...row, categoryId: categoryId ?? '', currency, exchangeRate, fringeIds, ...amounts };
    });
    if (errors.length > 0) {
      throw new AppError('validation_failed', `${new Set(errors.map((e) => e.pointer.split('/')[3])).size} rows have errors; nothing was imported`, {
        errors: errors.slice(0, 500),
      });
    }
    return prepared;
  }

  private async insertChunk(tx: TenantTx, budgetId: string, lines: (PreparedLine & { sortOrder: number })[]) {
    const column = <K extends keyof PreparedLine | 'sortOrder'>(key: K) => lines.map((l) => l[key]);
    const ids = lines.map(() => randomUUID());
    await tx.execute(
      `INSERT INTO budget_lines (organization_id, budget_id, id, category_id, sort_order, description, account_code, vendor, quantity, unit,
                                 rate, currency, exchange_rate, multiplier, notes, subtotal, fringe_total, estimate, created_by, updated_by)
       SELECT $1, $2, *, $18, $18 FROM unnest($19::uuid[], $3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::numeric[], $9::text[],
                                      $10::bigint[], $11::text[], $12::numeric[], $13::numeric[], $14::text[], $15::bigint[], $16::bigint[], $17::bigint[])`,
      [
        tx.orgId, budgetId, column('categoryId'), column('sortOrder'), column('description'), column('accountCode'), column('vendor'),
        column('quantity'), column('unit'), column('rate'), column('currency'), column('exchangeRate'), column('multiplier'), column('notes'),
        lines.map((l) => l.subtotal.toString()), lines.map((l) => l.fringes.toString()), lines.map((l) => l.estimate.toString()), tx.userId, ids,
      ],
    );
    const pairs = lines.flatMap((line, i) => line.fringeIds.map((fringeId) => [ids[i]!, fringeId] as const));
    if (pairs.length > 0) {
      await tx.execute(
        `INSERT INTO budget_line_fringes (organization_id, line_id, fringe_id) SELECT $1, * FROM unnest($2::uuid[], $3::uuid[])`,
        [tx.orgId, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
    }
  }
}

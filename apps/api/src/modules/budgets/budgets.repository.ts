import { Injectable } from '@nestjs/common';
import type { CurrencyCode, Locale } from '@rundown/domain';
import { SCOPED_READ_SQL, type DatabaseService, type TenantTx } from '../../common/database.service.js';
import type { CategoryRow, LineRow } from './budget.mapper.js';
import type { LineAggregate } from './line-aggregate.js';

export type BudgetRow = { id: string; event_id: string; currency: CurrencyCode };

export type LineValues = {
  categoryId: string;
  sortOrder: number;
  description: string;
  accountCode: string | null;
  vendor: string | null;
  quantity: string;
  unit: string;
  rate: string;
  currency: string;
  exchangeRate: string;
  multiplier: string;
  notes: string | null;
  subtotal: bigint;
  fringeTotal: bigint;
  estimate: bigint;
};

const CATEGORY_COLUMNS = 'c.id, c.parent_id, c.code, c.name, c.sort_order, c.version';

const LINE_COLUMNS = `
  l.id, l.category_id, l.sort_order, l.description, l.account_code, l.vendor, l.quantity, l.unit,
         l.rate::text, l.currency, l.exchange_rate, l.multiplier, l.notes,
         l.subtotal::text, l.fringe_total::text, l.estimate::text, l.committed::text, l.actual::text, l.paid::text,
         l.pending_commitments, l.pending_expenses, l.pending_amount::text, l.version, l.updated_at, u.name AS updated_by_name`;

const LINE_SELECT = `
  SELECT ${LINE_COLUMNS},
         coalesce((SELECT array_agg(f.fringe_id ORDER BY f.fringe_id) FROM budget_line_fringes f WHERE f.line_id = l.id), '{}') AS fringe_ids
    FROM budget_lines l
    LEFT JOIN users u ON u.id = l.updated_by`;

/** Every category of an event's budget with its own lines' maintained totals. */
export type BudgetCategoryTotals = CategoryTotalsRow & { budget_currency: CurrencyCode };

export type CategoryTotalsRow = CategoryRow & {
  line_count: number;
  estimate: string;
  committed: string;
  actual: string;
  paid: string;
  pending_commitments: number;
  pending_expenses: number;
  pending_amount: string;
};

/** The maintained amounts of a line or category (bigints as text). */
export type AmountColumns = { estimate: string; committed: string; actual: string; paid: string; pending_amount: string };

/** A category totals row (or a line) after a delta moved it; `name` is the category's name or the line's description. */
export type MovedTotalsRow = AmountColumns & { category_id: string; name: string | null };

@Injectable()
export class BudgetsRepository {
  async findByEvent(tx: TenantTx, eventId: string): Promise<BudgetRow | undefined> {
    const [row] = await tx.query<BudgetRow>(
      `SELECT id, event_id, currency FROM budgets WHERE event_id = $1 AND organization_id = $2`,
      [eventId, tx.orgId],
    );
    return row;
  }

  /** The organization's language, which names a new budget's template categories. */
  async organizationLocale(tx: TenantTx): Promise<Locale | undefined> {
    const [row] = await tx.query<{ locale: Locale }>(`SELECT locale FROM organizations WHERE id = $1`, [tx.orgId]);
    return row?.locale;
  }

  /** Inserts the budget unless a concurrent request already did; undefined in that case. */
  async insert(tx: TenantTx, eventId: string, currency: string): Promise<BudgetRow | undefined> {
    const [row] = await tx.query<BudgetRow>(
      `INSERT INTO budgets (organization_id, event_id, currency) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO NOTHING RETURNING id, event_id, currency`,
      [tx.orgId, eventId, currency],
    );
    return row;
  }

  async categories(tx: TenantTx, budgetId: string): Promise<CategoryRow[]> {
    return tx.query<CategoryRow>(
      `SELECT ${CATEGORY_COLUMNS} FROM budget_categories c WHERE c.budget_id = $1 AND c.organization_id = $2 ORDER BY c.sort_order, c.code, c.id`,
      [budgetId, tx.orgId],
    );
  }

  async category(tx: TenantTx, budgetId: string, id: string, forUpdate = false): Promise<CategoryRow | undefined> {
    const [row] = await tx.query<CategoryRow>(
      `SELECT ${CATEGORY_COLUMNS} FROM budget_categories c WHERE c.id = $1 AND c.budget_id = $2 AND c.organization_id = $3 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id, budgetId, tx.orgId],
    );
    return row;
  }

  async insertCategory(
    tx: TenantTx,
    budgetId: string,
    values: { parentId: string | null; code: string; name: string; sortOrder: number },
  ): Promise<CategoryRow> {
    const [row] = await tx.query<CategoryRow>(
      `INSERT INTO budget_categories AS c (organization_id, budget_id, parent_id, code, name, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CATEGORY_COLUMNS}`,
      [tx.orgId, budgetId, values.parentId, values.code, values.name, values.sortOrder],
    );
    return row!;
  }

  async updateCategory(
    tx: TenantTx,
    id: string,
    values: { parentId: string | null; code: string; name: string; sortOrder: number },
  ): Promise<CategoryRow> {
    const [row] = await tx.query<CategoryRow>(
      `UPDATE budget_categories AS c SET parent_id = $3, code = $4, name = $5, sort_order = $6, version = version + 1, updated_at = now()
        WHERE c.id = $1 AND c.organization_id = $2 RETURNING ${CATEGORY_COLUMNS}`,
      [id, tx.orgId, values.parentId, values.code, values.name, values.sortOrder],
    );
    return row!;
  }

  /** Moves each category's totals row by its delta (rows appear on first use); returns the moved rows' new amounts. */
  async applyDeltas(tx: TenantTx, budgetId: string, deltas: Map<string, LineAggregate>): Promise<MovedTotalsRow[]> {
    const entries = [...deltas.entries()];
    if (entries.length === 0) return [];
    const col = <T>(f: (d: LineAggregate) => T) => entries.map(([, d]) => f(d));
    return tx.query<MovedTotalsRow>(
      `INSERT INTO budget_category_totals AS t (organization_id, budget_id, category_id, line_count, estimate, committed, actual, paid,
                                                pending_commitments, pending_expenses, pending_amount)
       SELECT $1, $2, * FROM unnest($3::uuid[], $4::int[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::int[], $10::int[], $11::bigint[])
       ON CONFLICT (category_id) DO UPDATE SET
         line_count = t.line_count + excluded.line_count, estimate = t.estimate + excluded.estimate,
         committed = t.committed + excluded.committed, actual = t.actual + excluded.actual, paid = t.paid + excluded.paid,
         pending_commitments = t.pending_commitments + excluded.pending_commitments,
         pending_expenses = t.pending_expenses + excluded.pending_expenses, pending_amount = t.pending_amount + excluded.pending_amount
       RETURNING t.category_id, (SELECT c.name FROM budget_categories c WHERE c.id = t.category_id) AS name,
                 t.estimate::text, t.committed::text, t.actual::text, t.paid::text, t.pending_amount::text`,
      [
        tx.orgId, budgetId, entries.map(([id]) => id), col((d) => d.lines), col((d) => d.estimate.toString()), col((d) => d.committed.toString()),
        col((d) => d.actual.toString()), col((d) => d.paid.toString()), col((d) => d.pendingCommitments), col((d) => d.pendingExpenses),
        col((d) => d.pendingAmount.toString()),
      ],
    );
  }

  /** Moves a line's spending columns by `delta`; returns the line's category and its new sums. */
  async adjustLineSpend(tx: TenantTx, lineId: string, delta: LineAggregate): Promise<MovedTotalsRow> {
    const [row] = await tx.query<MovedTotalsRow>(
      `UPDATE budget_lines SET committed = committed + $3, actual = actual + $4, paid = paid + $5,
              pending_commitments = pending_commitments + $6, pending_expenses = pending_expenses + $7, pending_amount = pending_amount + $8
        WHERE id = $1 AND organization_id = $2
        RETURNING category_id, description AS name, estimate::text, committed::text, actual::text, paid::text, pending_amount::text`,
      [lineId, tx.orgId, delta.committed.toString(), delta.actual.toString(), delta.paid.toString(), delta.pendingCommitments,
        delta.pendingExpenses, delta.pendingAmount.toString()],
    );
    return row!;
  }

  /** The budget's totals: the sum of its categories' maintained rows (numeric, so the sum itself cannot overflow). */
  async budgetTotals(tx: TenantTx, budgetId: string): Promise<AmountColumns> {
    const [row] = await tx.query<AmountColumns>(
      `SELECT coalesce(sum(estimate), 0)::text AS estimate, coalesce(sum(committed), 0)::text AS committed,
              coalesce(sum(actual), 0)::text AS actual, coalesce(sum(paid), 0)::text AS paid,
              coalesce(sum(pending_amount), 0)::text AS pending_amount
         FROM budget_category_totals WHERE budget_id = $1 AND organization_id = $2`,
      [budgetId, tx.orgId],
    );
    return row!;
  }

  async categoryInUse(tx: TenantTx, id: string): Promise<boolean> {
    const [row] = await tx.query(
      `SELECT 1 FROM budget_lines WHERE category_id = $1 AND organization_id = $2
       UNION ALL SELECT 1 FROM budget_categories WHERE parent_id = $1 AND organization_id = $2 LIMIT 1`,
      [id, tx.orgId],
    );
    return Boolean(row);
  }

  async deleteCategory(tx: TenantTx, id: string): Promise<void> {
    await tx.execute(`DELETE FROM budget_categories WHERE id = $1 AND organization_id = $2`, [id, tx.orgId]);
  }

  /**
   * A page of lines in sort order. The page is cut first (an ordered index scan that stops after
   * `limit` rows, whatever the budget's size) and only its rows meet the users and fringes. The
   * first page and the next ones are different statements, each with a plan that cannot read the
   * whole budget: the keyset condition is a plain row comparison the index takes as its bound.
   */
  async lines(tx: TenantTx, budgetId: string, limit: number, after: readonly [number, string] | null): Promise<LineRow[]> {
    const keyset = after ? 'AND (b.sort_order, b.id) > ($4::int, $5::uuid)' : '';
    return tx.query<LineRow>(
      `WITH page AS (
         SELECT b.* FROM budget_lines b WHERE b.budget_id = $1 AND b.organization_id = $2 ${keyset}
          ORDER BY b.sort_order, b.id LIMIT $3),
       fringes AS (
         SELECT f.line_id, array_agg(f.fringe_id ORDER BY f.fringe_id) AS ids FROM budget_line_fringes f
          WHERE f.line_id IN (SELECT id FROM page) GROUP BY f.line_id)
       SELECT ${LINE_COLUMNS}, coalesce(fr.ids, '{}') AS fringe_ids
         FROM page l LEFT JOIN users u ON u.id = l.updated_by LEFT JOIN fringes fr ON fr.line_id = l.id
        ORDER BY l.sort_order, l.id`,
      after ? [budgetId, tx.orgId, limit, after[0], after[1]] : [budgetId, tx.orgId, limit],
    );
  }

  async line(tx: TenantTx, budgetId: string, id: string): Promise<LineRow | undefined> {
    const [row] = await tx.query<LineRow>(`${LINE_SELECT} WHERE l.budget_id = $1 AND l.organization_id = $2 AND l.id = $3`, [
      budgetId,
      tx.orgId,
      id,
    ]);
    return row;
  }

  async lockLine(tx: TenantTx, budgetId: string, id: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM budget_lines WHERE id = $1 AND budget_id = $2 AND organization_id = $3 FOR UPDATE`, [
      id,
      budgetId,
      tx.orgId,
    ]);
    return rows.length > 0;
  }

  async nextLineSortOrder(tx: TenantTx, budgetId: string): Promise<number> {
    const [row] = await tx.query<{ next: number }>(
      `SELECT coalesce(max(sort_order), 0) + 1000 AS next FROM budget_lines WHERE budget_id = $1 AND organization_id = $2`,
      [budgetId, tx.orgId],
    );
    return row!.next;
  }

  async insertLine(tx: TenantTx, budgetId: string, v: LineValues): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO budget_lines (organization_id, budget_id, category_id, sort_order, description, account_code, vendor, quantity, unit,
                                 rate, currency, exchange_rate, multiplier, notes, subtotal, fringe_total, estimate, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) RETURNING id`,
      [tx.orgId, budgetId, v.categoryId, v.sortOrder, v.description, v.accountCode, v.vendor, v.quantity, v.unit, v.rate, v.currency,
        v.exchangeRate, v.multiplier, v.notes, v.subtotal.toString(), v.fringeTotal.toString(), v.estimate.toString(), tx.userId],
    );
    return row!.id;
  }

  /** Writes the line only if its version is still `version`; false when someone else got there first. */
  async updateLine(tx: TenantTx, id: string, version: number, v: LineValues): Promise<boolean> {
    const touched = await tx.execute(
      `UPDATE budget_lines SET category_id = $4, sort_order = $5, description = $6, account_code = $7, vendor = $8, quantity = $9,
              unit = $10, rate = $11, currency = $12, exchange_rate = $13, multiplier = $14, notes = $15,
              subtotal = $16, fringe_total = $17, estimate = $18, updated_by = $19, version = version + 1, updated_at = now()
        WHERE id = $1 AND organization_id = $2 AND version = $3`,
      [id, tx.orgId, version, v.categoryId, v.sortOrder, v.description, v.accountCode, v.vendor, v.quantity, v.unit, v.rate, v.currency,
        v.exchangeRate, v.multiplier, v.notes, v.subtotal.toString(), v.fringeTotal.toString(), v.estimate.toString(), tx.userId],
    );
    return touched === 1;
  }

  async setLineFringes(tx: TenantTx, lineId: string, fringeIds: string[]): Promise<void> {
    await tx.execute(`DELETE FROM budget_line_fringes WHERE line_id = $1 AND organization_id = $2`, [lineId, tx.orgId]);
    if (fringeIds.length === 0) return;
    await tx.execute(
      `INSERT INTO budget_line_fringes (organization_id, line_id, fringe_id) SELECT $1, $2, unnest($3::uuid[])`,
      [tx.orgId, lineId, fringeIds],
    );
  }

  async deleteLine(tx: TenantTx, id: string): Promise<void> {
    await tx.execute(`DELETE FROM budget_lines WHERE id = $1 AND organization_id = $2`, [id, tx.orgId]);
  }

  /** The top sheet's one query: the event's budget and every category with its own lines' totals. */
  categoriesWithTotals(tx: TenantTx, eventId: string): Promise<BudgetCategoryTotals[]> {
    return tx.query<BudgetCategoryTotals>(SCOPED_READ_SQL.app_budget_summary, [tx.orgId, tx.userId, eventId]);
  }

  /** The same query in one round trip outside a transaction, for the hot read path. */
  readCategoriesWithTotals(db: DatabaseService, scope: { orgId: string; userId: string | null }, eventId: string): Promise<BudgetCategoryTotals[]> {
    return db.scopedRead<BudgetCategoryTotals>('app_budget_summary', [scope.orgId, scope.userId, eventId]);
  }
}

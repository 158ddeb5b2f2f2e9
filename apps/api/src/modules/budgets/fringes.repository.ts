import { Injectable } from '@nestjs/common';
import type { CurrencyCode, FringeRule, FringeRuleDto } from '@rundown/domain';
import type { TenantTx } from '../../common/database.service.js';

export type FringeRow = {
  id: string;
  name: string;
  kind: 'percent' | 'flat';
  basis_points: number | null;
  amount: string | null;
  currency: CurrencyCode | null;
  version: number;
  created_at: Date;
};

/** A line with what its estimate is computed from, and where its total is counted. */
export type PricedLine = {
  id: string;
  budget_id: string;
  category_id: string;
  estimate: string;
  budget_currency: CurrencyCode;
  quantity: string;
  multiplier: string;
  rate: string;
  currency: CurrencyCode;
  exchange_rate: string;
  fringe_ids: string[] | null;
};

const COLUMNS = 'id, name, kind, basis_points, amount::text, currency, version, created_at';

export const toFringeDto = (row: FringeRow): FringeRuleDto => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  basisPoints: row.basis_points,
  amount: row.amount,
  currency: row.currency,
  version: row.version,
});

export const toFringeRule = (row: FringeRow): FringeRule =>
  row.kind === 'percent' ? { id: row.id, kind: 'percent', basisPoints: row.basis_points! } : { id: row.id, kind: 'flat', amount: row.amount! };

@Injectable()
export class FringesRepository {
  list(tx: TenantTx, limit: number, after: readonly [string, string] | null): Promise<FringeRow[]> {
    return tx.query<FringeRow>(
      `SELECT ${COLUMNS} FROM fringe_rules WHERE organization_id = $1
          AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [tx.orgId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  byIds(tx: TenantTx, ids: readonly string[]): Promise<FringeRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx.query<FringeRow>(`SELECT ${COLUMNS} FROM fringe_rules WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [tx.orgId, ids]);
  }

  async find(tx: TenantTx, id: string, forUpdate = false): Promise<FringeRow | undefined> {
    const [row] = await tx.query<FringeRow>(
      `SELECT ${COLUMNS} FROM fringe_rules WHERE id = $1 AND organization_id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id, tx.orgId],
    );
    return row;
  }

  async insert(tx: TenantTx, v: { name: string; kind: string; basisPoints: number | null; amount: string | null; currency: string | null }) {
    const [row] = await tx.query<FringeRow>(
      `INSERT INTO fringe_rules (organization_id, name, kind, basis_points, amount, currency) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [tx.orgId, v.name, v.kind, v.basisPoints, v.amount, v.currency],
    );
    return row!;
  }

  async update(tx: TenantTx, id: string, v: { name?: string; basisPoints?: number; amount?: string }) {
    const [row] = await tx.query<FringeRow>(
      `UPDATE fringe_rules SET name = coalesce($3, name),
              basis_points = CASE WHEN kind = 'percent' THEN coalesce($4, basis_points) END,
              amount = CASE WHEN kind = 'flat' THEN coalesce($5::bigint, amount) END,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND organization_id = $2 RETURNING ${COLUMNS}`,
      [id, tx.orgId, v.name ?? null, v.basisPoints ?? null, v.amount ?? null],
    );
    return row!;
  }

  async delete(tx: TenantTx, id: string): Promise<void> {
    await tx.execute(`DELETE FROM fringe_rules WHERE id = $1 AND organization_id = $2`, [id, tx.orgId]);
  }

  /** Every line that uses the rule, with what its estimate is computed from. */
  linesUsing(tx: TenantTx, fringeId: string): Promise<PricedLine[]> {
    return tx.query<PricedLine>(
      `SELECT l.id, l.budget_id, l.category_id, l.estimate::text, b.currency AS budget_currency, l.quantity, l.multiplier, l.rate::text,
              l.currency, l.exchange_rate,
              (SELECT array_agg(f.fringe_id) FROM budget_line_fringes f WHERE f.line_id = l.id) AS fringe_ids
         FROM budget_lines l JOIN budgets b ON b.id = l.budget_id
        WHERE l.organization_id = $1 AND l.id IN (SELECT line_id FROM budget_line_fringes WHERE fringe_id = $2)`,
      [tx.orgId, fringeId],
    );
  }

  async setLineAmounts(tx: TenantTx, lineId: string, subtotal: bigint, fringeTotal: bigint, estimate: bigint): Promise<void> {
    await tx.execute(
      `UPDATE budget_lines SET subtotal = $3, fringe_total = $4, estimate = $5, version = version + 1, updated_at = now()
        WHERE id = $1 AND organization_id = $2`,
      [lineId, tx.orgId, subtotal.toString(), fringeTotal.toString(), estimate.toString()],
    );
  }
}

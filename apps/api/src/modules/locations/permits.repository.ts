import { Injectable } from '@nestjs/common';
import type { CreateLeadTimeInput, PermitListQuery, PermitStatus } from '@rundown/domain';
import type { TenantTx } from '../../common/database.service.js';
import { PERMIT_SELECT, type PermitRow, type PermitTypeRow } from './permit.mapper.js';

export type PermitValues = {
  placeId: string | null;
  issuer: string | null;
  number: string | null;
  status: PermitStatus;
  submittedOn: string | null;
  approvedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  ownerId: string | null;
  budgetLineId: string | null;
  notes: string | null;
};

/**
 * The latest calendar day anywhere on earth (UTC+14): "before today in the event's zone" implies
 * "before this", which bounds the index range; the exact per-zone test is applied on top.
 */
const LATEST_TODAY = `(now() AT TIME ZONE 'Etc/GMT-14')::date`;

/** Every query runs in a tenant transaction and names the organization explicitly too. */
@Injectable()
export class PermitsRepository {
  /** Seeds the organization's permit types the first time it needs them. */
  async ensureTypes(tx: TenantTx): Promise<void> {
    const [row] = await tx.query<{ seeded: boolean }>(`SELECT EXISTS (SELECT 1 FROM permit_types WHERE organization_id = $1) AS seeded`, [tx.orgId]);
    if (!row?.seeded) await tx.query(`SELECT app_seed_permit_types()`);
  }

  listTypes(tx: TenantTx): Promise<PermitTypeRow[]> {
    return tx.query<PermitTypeRow>(
      `SELECT t.id, t.code, t.category, t.name_id, t.name_en, t.issuer, t.documents, t.version,
              coalesce((SELECT json_agg(json_build_object('id', r.id, 'scale', r.scale, 'lead_days', r.lead_days, 'statutory_days', r.statutory_days,
                                                          'effective_from', to_char(r.effective_from, 'YYYY-MM-DD'), 'source', r.source)
                                        ORDER BY r.scale NULLS FIRST, r.effective_from)
                          FROM permit_lead_times r WHERE r.permit_type_id = t.id AND r.organization_id = t.organization_id), '[]'::json) AS lead_times
         FROM permit_types t WHERE t.organization_id = $1 ORDER BY t.category, t.code LIMIT 200`,
      [tx.orgId],
    );
  }

  async typeExists(tx: TenantTx, typeId: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 FROM permit_types WHERE id = $1 AND organization_id = $2`, [typeId, tx.orgId])).length > 0;
  }

  /** The statutory minimum in force on `on` for the type and scale (the latest row that names one). */
  async statutoryDays(tx: TenantTx, typeId: string, scale: string | null, on: string): Promise<number | null> {
    const [row] = await tx.query<{ days: number | null }>(
      `SELECT max(statutory_days) AS days FROM (
         SELECT DISTINCT ON (scale) statutory_days FROM permit_lead_times
          WHERE permit_type_id = $1 AND organization_id = $2 AND effective_from <= $4::date AND statutory_days IS NOT NULL
            AND ($3::text IS NULL OR scale IS NULL OR scale = $3)
          ORDER BY scale, effective_from DESC) s`,
      [typeId, tx.orgId, scale, on],
    );
    return row?.days ?? null;
  }

  async insertLeadTime(tx: TenantTx, typeId: string, input: CreateLeadTimeInput, statutory: number | null): Promise<void> {
    await tx.execute(
      `INSERT INTO permit_lead_times (organization_id, permit_type_id, scale, lead_days, statutory_days, effective_from, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tx.orgId, typeId, input.scale, input.leadDays, statutory, input.effectiveFrom, input.source],
    );
  }

  /**
   * The board: a keyset over the stored apply-by (`infinity` = none, last), then id. Every filter
   * has an index leading with the organization (or event) and ending in (apply_by, id), so a page
   * is an index range read; the lead-time lookup in PERMIT_SELECT runs only for the page's rows.
   */
  async list(tx: TenantTx, query: PermitListQuery, after: readonly [string, string] | null): Promise<PermitRow[]> {
    const params: unknown[] = [tx.orgId];
    const add = (value: unknown) => `$${params.push(value)}`;
    const where = ['p.organization_id = $1'];
    if (query.eventId) where.push(`p.event_id = ${add(query.eventId)}`);
    if (query.status) where.push(`p.status = ${add(query.status)}`);
    if (query.category) where.push(`p.category = ${add(query.category)}`);
    const open = `p.status NOT IN ('submitted', 'approved')`;
    const today = `(now() AT TIME ZONE e.time_zone)::date`;
    if (query.due === 'open') where.push(open);
    if (query.due === 'overdue') where.push(open, `p.apply_by < ${LATEST_TODAY}`, `p.apply_by < ${today}`);
    if (query.due === 'soon') where.push(open, `p.apply_by <= ${LATEST_TODAY} + 7`, `p.apply_by <= ${today} + 7`);
    if (after) where.push(`(p.apply_by, p.id) > (${add(after[0])}::date, ${add(after[1])}::uuid)`);
    const limit = add(query.limit + 1);
    return tx.query<PermitRow>(`${PERMIT_SELECT} WHERE ${where.join(' AND ')} ORDER BY p.apply_by, p.id LIMIT ${limit}`, params);
  }

  async find(tx: TenantTx, eventId: string, permitId: string): Promise<PermitRow | undefined> {
    const [row] = await tx.query<PermitRow>(`${PERMIT_SELECT} WHERE p.id = $1 AND p.event_id = $2 AND p.organization_id = $3`, [permitId, eventId, tx.orgId]);
    return row;
  }

  async lock(tx: TenantTx, eventId: string, permitId: string): Promise<{ version: number } | undefined> {
    const [row] = await tx.query<{ version: number }>(`SELECT version FROM permits WHERE id = $1 AND event_id = $2 AND organization_id = $3 FOR UPDATE`, [
      permitId, eventId, tx.orgId,
    ]);
    return row;
  }

  async placeOfEvent(tx: TenantTx, eventId: string, placeId: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 FROM event_places WHERE id = $1 AND event_id = $2 AND organization_id = $3`, [placeId, eventId, tx.orgId])).length > 0;
  }

  async isMember(tx: TenantTx, userId: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND organization_id = $2`, [userId, tx.orgId])).length > 0;
  }

  async insert(tx: TenantTx, eventId: string, typeId: string, v: PermitValues): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO permits (organization_id, event_id, permit_type_id, event_place_id, issuer, number, status, submitted_on, approved_on, valid_from, valid_until,
                            owner_id, budget_line_id, notes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [tx.orgId, eventId, typeId, v.placeId, v.issuer, v.number, v.status, v.submittedOn, v.approvedOn, v.validFrom, v.validUntil, v.ownerId, v.budgetLineId, v.notes, tx.userId],
    );
    return row!.id;
  }

  async update(tx: TenantTx, permitId: string, version: number, v: PermitValues): Promise<boolean> {
    return (
      (await tx.execute(
        `UPDATE permits SET event_place_id = $4, issuer = $5, number = $6, status = $7, submitted_on = $8, approved_on = $9, valid_from = $10, valid_until = $11,
                owner_id = $12, budget_line_id = $13, notes = $14, version = version + 1, updated_at = now()
          WHERE id = $1 AND organization_id = $2 AND version = $3`,
        [permitId, tx.orgId, version, v.placeId, v.issuer, v.number, v.status, v.submittedOn, v.approvedOn, v.validFrom, v.validUntil, v.ownerId, v.budgetLineId, v.notes],
      )) > 0
    );
  }

  async delete(tx: TenantTx, permitId: string): Promise<void> {
    await tx.execute(`DELETE FROM permits WHERE id = $1 AND organization_id = $2`, [permitId, tx.orgId]);
  }
}

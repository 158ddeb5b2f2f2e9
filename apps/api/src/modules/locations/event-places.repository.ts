import { Injectable } from '@nestjs/common';
import type { HoldStatus, TimeWindow } from '@rundown/domain';
import type { TenantTx } from '../../common/database.service.js';
import { EVENT_PLACE_SELECT, type EventPlaceRow, type HoldRow, type UsageRow } from './event-place.mapper.js';

/** A hold as written: the columns of event_places in domain terms. */
export type PlaceValues = {
  locationId: string;
  spaceId: string | null;
  role: string;
  startAt: string;
  endAt: string;
  loadIn: TimeWindow | null;
  loadOut: TimeWindow | null;
  holdStatus: HoldStatus;
  holdRank: number | null;
  notes: string | null;
  budgetLineId: string | null;
};

const range = (w: TimeWindow | null) => (w ? `[${w.startAt},${w.endAt})` : null);

/** Every query runs in a tenant transaction and names the organization explicitly too. */
@Injectable()
export class EventPlacesRepository {
  async spaceOf(tx: TenantTx, locationId: string, spaceId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM location_spaces WHERE id = $1 AND location_id = $2 AND organization_id = $3`, [spaceId, locationId, tx.orgId]);
    return rows.length > 0;
  }

  async locationExists(tx: TenantTx, locationId: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 FROM locations WHERE id = $1 AND organization_id = $2`, [locationId, tx.orgId])).length > 0;
  }

  /** Whether the budget line belongs to this event's budget. */
  async lineOfEvent(tx: TenantTx, eventId: string, lineId: string): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM budget_lines bl JOIN budgets b ON b.id = bl.budget_id WHERE bl.id = $1 AND b.event_id = $2 AND bl.organization_id = $3`,
      [lineId, eventId, tx.orgId],
    );
    return rows.length > 0;
  }

  list(tx: TenantTx, eventId: string, limit: number, after: readonly [string, string] | null): Promise<EventPlaceRow[]> {
    const params: unknown[] = [eventId, tx.orgId, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (lower(p.during), p.id) > ($4::timestamptz, $5::uuid)`;
    }
    return tx.query(
      `${EVENT_PLACE_SELECT} WHERE p.event_id = $1 AND p.organization_id = $2 ${keyset}
        ORDER BY lower(p.during), p.id LIMIT $3`,
      params,
    );
  }

  async find(tx: TenantTx, eventId: string, placeId: string): Promise<EventPlaceRow | undefined> {
    const [row] = await tx.query<EventPlaceRow>(`${EVENT_PLACE_SELECT} WHERE p.id = $1 AND p.event_id = $2 AND p.organization_id = $3`, [placeId, eventId, tx.orgId]);
    return row;
  }

  async lock(tx: TenantTx, eventId: string, placeId: string): Promise<{ version: number } | undefined> {
    const [row] = await tx.query<{ version: number }>(
      `SELECT version FROM event_places WHERE id = $1 AND event_id = $2 AND organization_id = $3 FOR UPDATE`,
      [placeId, eventId, tx.orgId],
    );
    return row;
  }

  /** Live holds of the space overlapping [start, end), other than `exceptId`. */
  competing(tx: TenantTx, spaceId: string, startAt: string, endAt: string, exceptId: string | null): Promise<HoldRow[]> {
    return tx.query<HoldRow>(
      `SELECT p.id, p.space_id, lower(p.during) AS start_at, upper(p.during) AS end_at, p.hold_status, p.hold_rank, p.event_id, e.name AS event_name
         FROM event_places p JOIN events e ON e.id = p.event_id
        WHERE p.space_id = $1 AND p.organization_id = $2 AND p.hold_status <> 'released'
          AND p.during && tstzrange($3::timestamptz, $4::timestamptz) AND p.id IS DISTINCT FROM $5::uuid
        ORDER BY lower(p.during), p.id`,
      [spaceId, tx.orgId, startAt, endAt, exceptId],
    );
  }

  async insert(tx: TenantTx, eventId: string, v: PlaceValues): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO event_places (organization_id, event_id, location_id, space_id, role, during, load_in, load_out, hold_status, hold_rank, notes, budget_line_id, created_by)
       VALUES ($1, $2, $3, $4, $5, tstzrange($6::timestamptz, $7::timestamptz), $8::tstzrange, $9::tstzrange, $10, $11, $12, $13, $14) RETURNING id`,
      [tx.orgId, eventId, v.locationId, v.spaceId, v.role, v.startAt, v.endAt, range(v.loadIn), range(v.loadOut), v.holdStatus, v.holdRank, v.notes, v.budgetLineId, tx.userId],
    );
    return row!.id;
  }

  async update(tx: TenantTx, placeId: string, version: number, v: PlaceValues): Promise<boolean> {
    const count = await tx.execute(
      `UPDATE event_places SET space_id = $4, role = $5, during = tstzrange($6::timestamptz, $7::timestamptz), load_in = $8::tstzrange, load_out = $9::tstzrange,
              hold_status = $10, hold_rank = $11, notes = $12, budget_line_id = $13, version = version + 1, updated_at = now()
        WHERE id = $1 AND organization_id = $2 AND version = $3`,
      [placeId, tx.orgId, version, v.spaceId, v.role, v.startAt, v.endAt, range(v.loadIn), range(v.loadOut), v.holdStatus, v.holdRank, v.notes, v.budgetLineId],
    );
    return count > 0;
  }

  async delete(tx: TenantTx, placeId: string): Promise<void> {
    await tx.execute(`DELETE FROM event_places WHERE id = $1 AND organization_id = $2`, [placeId, tx.orgId]);
  }

  usage(tx: TenantTx, locationId: string, includeReleased: boolean, limit: number, after: readonly [string, string] | null): Promise<UsageRow[]> {
    const params: unknown[] = [locationId, tx.orgId, includeReleased, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (lower(p.during), p.id) > ($5::timestamptz, $6::uuid)`;
    }
    return tx.query(
      `SELECT p.id, p.event_id, e.name AS event_name, e.time_zone AS event_time_zone, p.role, s.name AS space_name,
              lower(p.during) AS start_at, upper(p.during) AS end_at, p.hold_status, p.hold_rank
         FROM event_places p JOIN events e ON e.id = p.event_id LEFT JOIN location_spaces s ON s.id = p.space_id
        WHERE p.location_id = $1 AND p.organization_id = $2 AND ($3 OR p.hold_status <> 'released') ${keyset}
        ORDER BY lower(p.during), p.id LIMIT $4`,
      params,
    );
  }
}

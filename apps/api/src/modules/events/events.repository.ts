import { Injectable } from '@nestjs/common';
import { EVENT_STATUSES, type CreateEventInput, type CurrencyCode, type EventKind, type EventListQuery, type EventSort, type UpdateEventInput } from '@rundown/domain';
import type { TenantTx } from '../../common/database.service.js';
import type { CursorField } from '../../common/pagination.js';
import { EVENT_COLUMNS, type EventRow } from './event.mapper.js';

/**
 * Sort expression, the SQL type of its cursor value and what the cursor holds, per sortable
 * field. The cursor takes the key as the database computed it (`sort_key`), so it compares
 * exactly as the ORDER BY does (JavaScript's lower case differs from PostgreSQL's for some
 * letters, such as the dotted İ).
 */
const SORT: Record<EventSort, { expr: string; type: string; field: CursorField }> = {
  startAt: { expr: 'e.start_at', type: 'timestamptz', field: 'timestamp' },
  createdAt: { expr: 'e.created_at', type: 'timestamptz', field: 'timestamp' },
  name: { expr: 'lower(e.name)', type: 'text', field: 'text' },
  status: { expr: `array_position(ARRAY[${EVENT_STATUSES.map((s) => `'${s}'`).join(',')}]::text[], e.status)`, type: 'int', field: 'int' },
};

/** What another module may know of an event it works under. */
export type EventRef = { id: string; name: string; currency: CurrencyCode; kind: EventKind; time_zone: string };

/** A listed event, with the value it was sorted by. */
export type ListedEventRow = EventRow & { sort_key: Date | string | number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every query here runs in a tenant transaction and names the organization explicitly too. */
@Injectable()
export class EventsRepository {
  sortKey(row: ListedEventRow): (string | number)[] {
    return [row.sort_key instanceof Date ? row.sort_key.toISOString() : row.sort_key, row.id];
  }

  /** What a cursor of a list sorted by `sort` holds (see `sortKey`). */
  cursorFields(sort: EventSort): CursorField[] {
    return [SORT[sort].field, 'uuid'];
  }

  async list(tx: TenantTx, query: EventListQuery, after: readonly (string | number)[] | null): Promise<ListedEventRow[]> {
    const params: unknown[] = [tx.orgId];
    const where = ['e.organization_id = $1'];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (query.status?.length) where.push(`e.status = ANY(${add(query.status)}::text[])`);
    if (query.from) where.push(`e.end_at >= ${add(query.from)}::timestamptz`);
    if (query.to) where.push(`e.start_at <= ${add(query.to)}::timestamptz`);
    if (query.q) {
      const pattern = add(`%${escapeLike(query.q)}%`);
      where.push(`(e.name ILIKE ${pattern} OR e.venue ILIKE ${pattern} OR e.client ILIKE ${pattern})`);
    }
    const sort = SORT[query.sort];
    const dir = query.order === 'desc' ? 'DESC' : 'ASC';
    if (after) {
      const op = dir === 'DESC' ? '<' : '>';
      where.push(`(${sort.expr}, e.id) ${op} (${add(after[0])}::${sort.type}, ${add(after[1])}::uuid)`);
    }
    const limit = add(query.limit + 1);
    return tx.query<ListedEventRow>(
      `SELECT ${EVENT_COLUMNS}, ${sort.expr} AS sort_key FROM events e WHERE ${where.join(' AND ')}
        ORDER BY ${sort.expr} ${dir}, e.id ${dir} LIMIT ${limit}`,
      params,
    );
  }

  /** The few columns other modules need of an event in this organization, or undefined. */
  async ref(tx: TenantTx, id: string): Promise<EventRef | undefined> {
    const [row] = await tx.query<EventRef>(`SELECT id, name, currency, kind, time_zone FROM events WHERE id = $1 AND organization_id = $2`, [id, tx.orgId]);
    return row;
  }

  async find(tx: TenantTx, id: string, forUpdate = false): Promise<EventRow | undefined> {
    const [row] = await tx.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1 AND e.organization_id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id, tx.orgId],
    );
    return row;
  }

  async insert(tx: TenantTx, input: CreateEventInput): Promise<EventRow> {
    const [row] = await tx.query<EventRow>(
      `INSERT INTO events AS e (organization_id, name, kind, status, start_at, end_at, time_zone, venue, client, currency, notes, created_by, scale, expected_attendance)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${EVENT_COLUMNS}`,
      [
        tx.orgId, input.name, input.kind, input.status, input.startAt, input.endAt, input.timeZone, input.venue, input.client, input.currency, input.notes, tx.userId,
        input.scale ?? null, input.expectedAttendance ?? null,
      ],
    );
    return row!;
  }

  /** Updates only when the version still matches; undefined means someone else got there first. */
  async update(tx: TenantTx, id: string, version: number, input: UpdateEventInput): Promise<EventRow | undefined> {
    const [row] = await tx.query<EventRow>(
      `UPDATE events AS e SET
          name = coalesce($4, name), kind = coalesce($5, kind), status = coalesce($6, status),
          start_at = coalesce($7, start_at), end_at = coalesce($8, end_at), time_zone = coalesce($9, time_zone),
          venue = CASE WHEN $10 THEN $11 ELSE venue END,
          client = CASE WHEN $12 THEN $13 ELSE client END,
          currency = coalesce($14, currency),
          notes = CASE WHEN $15 THEN $16 ELSE notes END,
          scale = CASE WHEN $17 THEN $18 ELSE scale END,
          expected_attendance = CASE WHEN $19 THEN $20::int ELSE expected_attendance END,
          version = version + 1, updated_at = now()
        WHERE id = $1 AND organization_id = $2 AND version = $3
        RETURNING ${EVENT_COLUMNS}`,
      [
        id, tx.orgId, version,
        input.name ?? null, input.kind ?? null, input.status ?? null,
        input.startAt ?? null, input.endAt ?? null, input.timeZone ?? null,
        'venue' in input, input.venue ?? null,
        'client' in input, input.client ?? null,
        input.currency ?? null,
        'notes' in input, input.notes ?? null,
        'scale' in input, input.scale ?? null,
        'expectedAttendance' in input, input.expectedAttendance ?? null,
      ],
    );
    return row;
  }

  async delete(tx: TenantTx, id: string): Promise<boolean> {
    return (await tx.execute(`DELETE FROM events WHERE id = $1 AND organization_id = $2`, [id, tx.orgId])) > 0;
  }
}

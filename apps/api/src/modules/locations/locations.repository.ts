import { Injectable } from '@nestjs/common';
import type { CreateLocationInput, CreateSpaceInput, LocationListQuery, UpdateLocationInput, UpdateSpaceInput } from '@rundown/domain';
import type { TenantTx } from '../../common/database.service.js';
import { LOCATION_COLUMNS, SPACE_COLUMNS, type LocationRow, type LocationSummaryRow, type SpaceRow } from './location.mapper.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Columns a PATCH may set, with how each is written. */
const UPDATABLE: Record<keyof UpdateLocationInput, { column: string; json?: boolean }> = {
  name: { column: 'name' },
  kind: { column: 'kind' },
  address: { column: 'address' },
  city: { column: 'city' },
  province: { column: 'province' },
  postalCode: { column: 'postal_code' },
  latitude: { column: 'latitude' },
  longitude: { column: 'longitude' },
  timeZone: { column: 'time_zone' },
  capacity: { column: 'capacity' },
  contacts: { column: 'contacts', json: true },
  parkingNotes: { column: 'parking_notes' },
  accessNotes: { column: 'access_notes' },
  loadingDockNotes: { column: 'loading_dock_notes' },
  powerNotes: { column: 'power_notes' },
  notes: { column: 'notes' },
  hospital: { column: 'hospital', json: true },
};

/** Every query runs in a tenant transaction and names the organization explicitly too. */
@Injectable()
export class LocationsRepository {
  /**
   * Name order, keyset on (lower(name), id). Search matches name, address or city anywhere
   * (the trigram index on `search` serves the ILIKE).
   */
  async list(tx: TenantTx, query: LocationListQuery, after: readonly [string, string] | null): Promise<LocationSummaryRow[]> {
    const params: unknown[] = [tx.orgId];
    const add = (value: unknown) => `$${params.push(value)}`;
    const where = ['l.organization_id = $1'];
    if (query.q) where.push(`l.search LIKE lower(${add(`%${escapeLike(query.q)}%`)})`);
    if (query.city) where.push(`lower(l.city) = lower(${add(query.city)})`);
    if (query.kind) where.push(`l.kind = ${add(query.kind)}`);
    if (after) where.push(`(lower(l.name), l.id) > (${add(after[0])}::text, ${add(after[1])}::uuid)`);
    const limit = add(query.limit + 1);
    return tx.query<LocationSummaryRow>(
      `SELECT l.id, l.name, l.kind, l.address, l.city, l.province, l.postal_code, l.latitude, l.longitude, l.time_zone, l.capacity, l.version,
              (SELECT count(*)::int FROM location_spaces s WHERE s.location_id = l.id AND s.organization_id = l.organization_id) AS space_count,
              lower(l.name) AS sort_key
         FROM locations l WHERE ${where.join(' AND ')}
        ORDER BY lower(l.name), l.id LIMIT ${limit}`,
      params,
    );
  }

  async cities(tx: TenantTx): Promise<string[]> {
    const rows = await tx.query<{ city: string }>(
      `SELECT min(city) AS city FROM locations WHERE organization_id = $1 AND city IS NOT NULL GROUP BY lower(city) ORDER BY lower(city) LIMIT 500`,
      [tx.orgId],
    );
    return rows.map((r) => r.city);
  }

  async find(tx: TenantTx, id: string, forUpdate = false): Promise<LocationRow | undefined> {
    const [row] = await tx.query<LocationRow>(
      `SELECT ${LOCATION_COLUMNS} FROM locations l WHERE l.id = $1 AND l.organization_id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [id, tx.orgId],
    );
    return row;
  }

  spaces(tx: TenantTx, locationId: string): Promise<SpaceRow[]> {
    return tx.query<SpaceRow>(
      `SELECT ${SPACE_COLUMNS} FROM location_spaces s WHERE s.location_id = $1 AND s.organization_id = $2 ORDER BY s.sort_order, s.created_at, s.id`,
      [locationId, tx.orgId],
    );
  }

  async insert(tx: TenantTx, input: CreateLocationInput & { timeZone: string }): Promise<LocationRow> {
    const [row] = await tx.query<LocationRow>(
      `INSERT INTO locations AS l (organization_id, name, kind, address, city, province, postal_code, latitude, longitude, time_zone, capacity, contacts,
                                   parking_notes, access_notes, loading_dock_notes, power_notes, notes, hospital, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING ${LOCATION_COLUMNS}`,
      [
        tx.orgId, input.name, input.kind, input.address, input.city ?? null, input.province ?? null, input.postalCode ?? null,
        input.latitude ?? null, input.longitude ?? null, input.timeZone, input.capacity ?? null, JSON.stringify(input.contacts ?? []),
        input.parkingNotes ?? null, input.accessNotes ?? null, input.loadingDockNotes ?? null, input.powerNotes ?? null, input.notes ?? null,
        input.hospital ? JSON.stringify(input.hospital) : null, tx.userId,
      ],
    );
    return row!;
  }

  /** Updates only when the version still matches; undefined means someone else got there first. */
  async update(tx: TenantTx, id: string, version: number, input: UpdateLocationInput): Promise<LocationRow | undefined> {
    const params: unknown[] = [id, tx.orgId, version];
    const sets: string[] = [];
    for (const [key, value] of Object.entries(input) as [keyof UpdateLocationInput, unknown][]) {
      const spec = UPDATABLE[key];
      if (!spec || value === undefined) continue;
      params.push(spec.json && value !== null ? JSON.stringify(value) : value);
      sets.push(`${spec.column} = $${params.length}`);
    }
    const [row] = await tx.query<LocationRow>(
      `UPDATE locations AS l SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1 AND organization_id = $2 AND version = $3 RETURNING ${LOCATION_COLUMNS}`,
      params,
    );
    return row;
  }

  async delete(tx: TenantTx, id: string): Promise<boolean> {
    return (await tx.execute(`DELETE FROM locations WHERE id = $1 AND organization_id = $2`, [id, tx.orgId])) > 0;
  }

  async findSpace(tx: TenantTx, locationId: string, spaceId: string, forUpdate = false): Promise<SpaceRow | undefined> {
    const [row] = await tx.query<SpaceRow>(
      `SELECT ${SPACE_COLUMNS} FROM location_spaces s WHERE s.id = $1 AND s.location_id = $2 AND s.organization_id = $3 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [spaceId, locationId, tx.orgId],
    );
    return row;
  }

  async insertSpace(tx: TenantTx, locationId: string, input: CreateSpaceInput): Promise<SpaceRow> {
    const [row] = await tx.query<SpaceRow>(
      `INSERT INTO location_spaces AS s (organization_id, location_id, name, capacity, notes, sort_order)
       VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(sort_order) + 1, 0) FROM location_spaces WHERE location_id = $2 AND organization_id = $1))
       RETURNING ${SPACE_COLUMNS}`,
      [tx.orgId, locationId, input.name, input.capacity ?? null, input.notes ?? null],
    );
    return row!;
  }

  /** A new place's spaces in one statement, in the given order (sort_order 0, 1, …). */
  async insertSpaces(tx: TenantTx, locationId: string, inputs: readonly CreateSpaceInput[]): Promise<SpaceRow[]> {
    if (inputs.length === 0) return [];
    const rows = await tx.query<SpaceRow & { sort_order: number }>(
      `INSERT INTO location_spaces AS s (organization_id, location_id, name, capacity, notes, sort_order)
       SELECT $1, $2, x.name, x.capacity, x.notes, x.ord - 1
         FROM ROWS FROM (jsonb_to_recordset($3::jsonb) AS (name text, capacity integer, notes text)) WITH ORDINALITY AS x(name, capacity, notes, ord)
       RETURNING ${SPACE_COLUMNS}, s.sort_order`,
      [tx.orgId, locationId, JSON.stringify(inputs.map((i) => ({ name: i.name, capacity: i.capacity ?? null, notes: i.notes ?? null })))],
    );
    return rows.sort((a, b) => a.sort_order - b.sort_order);
  }

  async updateSpace(tx: TenantTx, spaceId: string, version: number, input: UpdateSpaceInput): Promise<SpaceRow | undefined> {
    const [row] = await tx.query<SpaceRow>(
      `UPDATE location_spaces AS s SET name = coalesce($4, name),
              capacity = CASE WHEN $5 THEN $6::int ELSE capacity END,
              notes = CASE WHEN $7 THEN $8 ELSE notes END,
              version = version + 1
        WHERE id = $1 AND organization_id = $2 AND version = $3 RETURNING ${SPACE_COLUMNS}`,
      [spaceId, tx.orgId, version, input.name ?? null, 'capacity' in input, input.capacity ?? null, 'notes' in input, input.notes ?? null],
    );
    return row;
  }

  async deleteSpace(tx: TenantTx, spaceId: string): Promise<boolean> {
    return (await tx.execute(`DELETE FROM location_spaces WHERE id = $1 AND organization_id = $2`, [spaceId, tx.orgId])) > 0;
  }
}

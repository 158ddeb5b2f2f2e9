import { applyByDate, encodeCursor, leadTimeFor, toZonedLocal, type PermitType } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

/**
 * The stored `permits.apply_by` (kept by triggers, migration 1764740000000) against the domain's
 * definition, `leadTimeFor` + `applyByDate`, after every kind of change it depends on.
 */
describe('permits: the stored apply-by follows the domain rule', () => {
  let owner: TestClient;
  let org: string;
  let types: PermitType[];
  const type = (code: string) => types.find((x) => x.code === code)!;
  const events = new Map<string, number>(); // id -> version

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('permit-apply-by');
    org = owner.orgId;
    types = (await owner.get(`/api/orgs/${org}/permit-types`)).body.items;
  });

  /** Every permit of the organization: stored apply-by and category equal what the domain computes. */
  async function expectInStep(): Promise<number> {
    types = (await owner.get(`/api/orgs/${org}/permit-types`)).body.items;
    const { rows } = await t.sql.query<{ id: string; apply_by: string; category: string; permit_type_id: string; start_at: Date; time_zone: string; scale: never }>(
      `SELECT p.id, CASE WHEN isfinite(p.apply_by) THEN to_char(p.apply_by, 'YYYY-MM-DD') ELSE 'infinity' END AS apply_by, p.category, p.permit_type_id,
              e.start_at, e.time_zone, e.scale
         FROM permits p JOIN events e ON e.id = p.event_id WHERE p.organization_id = $1`,
      [org],
    );
    for (const row of rows) {
      const permitType = types.find((x) => x.id === row.permit_type_id)!;
      const startAt = row.start_at.toISOString();
      const lead = leadTimeFor(permitType.leadTimes, row.scale, toZonedLocal(startAt, row.time_zone).slice(0, 10));
      const expected = lead ? applyByDate(startAt, row.time_zone, lead.leadDays).applyBy : 'infinity';
      expect({ id: row.id, applyBy: row.apply_by, category: row.category }).toEqual({ id: row.id, applyBy: expected, category: permitType.category });
    }
    // The board answers the stored value too, in its order.
    const board = (await owner.get(`/api/orgs/${org}/permits?limit=100`)).body.items as { id: string; applyBy: string | null }[];
    const stored = new Map(rows.map((r) => [r.id, r.apply_by === 'infinity' ? null : r.apply_by]));
    for (const item of board) expect(item.applyBy).toBe(stored.get(item.id));
    const keys = board.map((x) => x.applyBy ?? '9999-99-99');
    expect(keys).toEqual([...keys].sort());
    return rows.length;
  }

  async function patchEvent(id: string, body: Record<string, unknown>) {
    const res = await owner.patch(`/api/orgs/${org}/events/${id}`, body, { headers: { 'if-match': `"${events.get(id)}"` } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    events.set(id, res.body.version);
  }

  it('is set on create and kept through moves, zone and scale changes, longer lead times and a changed type', async () => {
    // 23:30 in Jakarta: the local first day changes with the zone.
    const late = (await owner.post(`/api/orgs/${org}/events`, jakartaEvent({ name: 'Larut', startAt: '2027-03-10T23:30:00+07:00', endAt: '2027-03-11T02:00:00+07:00' }))).body;
    const scaled = (await owner.post(`/api/orgs/${org}/events`, jakartaEvent({ name: 'Nasional', scale: 'national', startAt: '2027-05-01T19:00:00+07:00', endAt: '2027-05-01T23:00:00+07:00' }))).body;
    for (const e of [late, scaled]) events.set(e.id, e.version);
    for (const e of [late, scaled]) {
      for (const code of ['crowd', 'venue', 'shooting', 'foreign_talent']) {
        expect((await owner.post(`/api/orgs/${org}/events/${e.id}/permits`, { typeId: type(code).id })).status).toBe(201);
      }
    }
    expect(await expectInStep()).toBe(8);

    // Event moved (by weeks, and across a day boundary).
    await patchEvent(late.id, { startAt: '2027-04-02T23:45:00+07:00', endAt: '2027-04-03T02:00:00+07:00' });
    await expectInStep();
    // Zone changed: 23:45 WIB is the next day in WIT.
    await patchEvent(late.id, { timeZone: 'Asia/Jayapura' });
    await expectInStep();
    // The zone alone (the same instant, another local day), as a direct write would change it.
    await t.sql.query(`UPDATE events SET time_zone = 'Asia/Jakarta' WHERE id = $1`, [late.id]);
    const local = await t.sql.query(`SELECT (start_at AT TIME ZONE time_zone)::date - (start_at AT TIME ZONE 'Asia/Jayapura')::date AS shift FROM events WHERE id = $1`, [late.id]);
    expect(local.rows[0].shift).toBe(-1); // the case that moves the first day (01:45 WIT is 23:45 WIB the day before)
    await expectInStep();
    await t.sql.query(`UPDATE events SET time_zone = 'Asia/Jayapura' WHERE id = $1`, [late.id]);
    await expectInStep();
    // Scale set, then changed.
    await patchEvent(late.id, { scale: 'local' });
    await expectInStep();
    await patchEvent(scaled.id, { scale: 'international' });
    await expectInStep();

    // Lead time lengthened, in force before the events, and one only from after them (must not apply).
    const leadPath = (code: string) => `/api/orgs/${org}/permit-types/${type(code).id}/lead-times`;
    expect((await owner.post(leadPath('crowd'), { scale: 'local', leadDays: 45, effectiveFrom: '2026-06-01' })).status).toBe(201);
    await expectInStep();
    expect((await owner.post(leadPath('venue'), { scale: null, leadDays: 60, effectiveFrom: '2026-06-01' })).status).toBe(201);
    expect((await owner.post(leadPath('shooting'), { scale: null, leadDays: 90, effectiveFrom: '2028-01-01' })).status).toBe(201);
    await expectInStep();
    // Moving the event past the future-dated row brings it into force.
    await patchEvent(scaled.id, { startAt: '2028-02-01T19:00:00+07:00', endAt: '2028-02-01T23:00:00+07:00' });
    await expectInStep();

    // Permit type changed (no route does this today; the trigger covers it anyway), and a permit of another event.
    const { rows } = await t.sql.query<{ id: string }>(`SELECT id FROM permits WHERE organization_id = $1 AND permit_type_id = $2 LIMIT 2`, [org, type('crowd').id]);
    await t.sql.query(`UPDATE permits SET permit_type_id = $2 WHERE id = $1`, [rows[0]!.id, type('health').id]);
    await t.sql.query(`UPDATE permits SET event_id = $2 WHERE id = $1`, [rows[1]!.id, late.id]);
    await expectInStep();

    // A write of the column itself is recomputed, not trusted.
    await t.sql.query(`UPDATE permits SET apply_by = DATE '2000-01-01', category = 'other' WHERE organization_id = $1`, [org]);
    await expectInStep();

    // Lead-time rows changed or removed directly (no route yet) are followed as well.
    await t.sql.query(`UPDATE permit_lead_times SET lead_days = 50 WHERE organization_id = $1 AND permit_type_id = $2 AND scale IS NULL`, [org, type('foreign_talent').id]);
    await expectInStep();
    await t.sql.query(`DELETE FROM permit_lead_times WHERE organization_id = $1 AND permit_type_id = $2`, [org, type('shooting').id]);
    expect(await expectInStep()).toBe(8); // shooting permits now have none: 'infinity', last on the board
  });

  it('pages the board by the stored key, filters included, without gaps or repeats', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await owner.get(`/api/orgs/${org}/permits?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      all.push(...res.body.items.map((x: { id: string }) => x.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(all).toHaveLength(8);
    expect(new Set(all).size).toBe(8);
    const bad = await owner.get(`/api/orgs/${org}/permits?cursor=${encodeCursor(['2027-02-30', all[0]!])}`);
    expect(bad.status).toBe(400);
  });
});

import { applyByDate, toZonedLocal } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();
const DAY = 86_400_000;

/** An event starting `days` from now at 19:00 in `timeZone` (wall clock). */
function eventIn(days: number, overrides: Record<string, unknown> = {}, timeZone = 'Asia/Jakarta') {
  const day = toZonedLocal(new Date(Date.now() + days * DAY).toISOString(), timeZone).slice(0, 10);
  const offset = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' }[timeZone] ?? '+07:00';
  return jakartaEvent({ startAt: `${day}T19:00:00${offset}`, endAt: `${day}T23:00:00${offset}`, timeZone, ...overrides });
}

describe('permits', () => {
  let owner: TestClient;
  let org: string;
  let types: { id: string; code: string; name: { id: string; en: string }; leadTimes: { scale: string | null; leadDays: number; statutoryDays: number | null }[] }[];
  const crowd = () => types.find((x) => x.code === 'crowd')!;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('permits');
    org = owner.orgId;
    types = (await owner.get(`/api/orgs/${org}/permit-types`)).body.items;
  });

  it('seeds permit types for Indonesia in both languages, with PP 60/2017 lead times for the crowd permit', () => {
    expect(types.map((x) => x.code).sort()).toEqual(['crowd', 'dpmptsp', 'fire_safety', 'foreign_talent', 'health', 'shooting', 'venue']);
    expect(crowd().name).toEqual({ id: 'Izin keramaian (Polri)', en: 'Crowd permit (police)' });
    expect(crowd().leadTimes.map((l) => [l.scale, l.leadDays, l.statutoryDays])).toEqual([
      ['international', 30, 30],
      ['local', 14, 14],
      ['national', 21, 21],
    ]);
  });

  it('computes apply-by from the event start in its zone and the lead for its scale, and says when it has passed', async () => {
    const intl = (await owner.post(`/api/orgs/${org}/events`, eventIn(20, { name: 'Konser Internasional', scale: 'international', expectedAttendance: 7000 }))).body;
    expect(intl).toMatchObject({ scale: 'international', expectedAttendance: 7000 });
    const permit = await owner.post(`/api/orgs/${org}/events/${intl.id}/permits`, { typeId: crowd().id });
    expect(permit.status, JSON.stringify(permit.body)).toBe(201);
    const expected = applyByDate(intl.startAt, 'Asia/Jakarta', 30);
    expect(permit.body).toMatchObject({ leadDays: 30, statutoryDays: 30, leadSource: 'PP 60/2017 Pasal 6', urgency: 'overdue', status: 'not_started', ...expected });

    const local = (await owner.post(`/api/orgs/${org}/events`, eventIn(20, { name: 'Pentas Kampung', scale: 'local' }))).body;
    const localPermit = (await owner.post(`/api/orgs/${org}/events/${local.id}/permits`, { typeId: crowd().id })).body;
    expect(localPermit).toMatchObject({ leadDays: 14, urgency: 'due_7' });

    // Scale not set yet: the longest lead (30 days), never a later date than the law's.
    const unknown = (await owner.post(`/api/orgs/${org}/events`, eventIn(45, { name: 'Belum jelas' }))).body;
    const unknownPermit = (await owner.post(`/api/orgs/${org}/events/${unknown.id}/permits`, { typeId: crowd().id })).body;
    expect(unknownPermit).toMatchObject({ leadDays: 30, urgency: 'upcoming' });

    // Setting the scale moves apply-by at once (the stored column follows in the same transaction).
    await owner.patch(`/api/orgs/${org}/events/${unknown.id}`, { scale: 'local' }, { headers: { 'if-match': '"1"' } });
    const board = await owner.get(`/api/orgs/${org}/permits?eventId=${unknown.id}`);
    expect(board.body.items[0]).toMatchObject({ leadDays: 14, applyBy: applyByDate(unknown.startAt, 'Asia/Jakarta', 14).applyBy });
  });

  it('agrees with the domain rule in every Indonesian zone, across midnight', async () => {
    for (const [zone, wall] of [['Asia/Jayapura', '00:30'], ['Asia/Makassar', '23:45'], ['Asia/Jakarta', '00:00']] as const) {
      const offset = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' }[zone];
      const startAt = `2027-03-01T${wall}:00${offset}`;
      const event = (await owner.post(`/api/orgs/${org}/events`, jakartaEvent({ name: `Zona ${zone}`, startAt, endAt: '2027-03-02T06:00:00+07:00', timeZone: zone, scale: 'national' }))).body;
      const permit = (await owner.post(`/api/orgs/${org}/events/${event.id}/permits`, { typeId: crowd().id })).body;
      expect(permit, zone).toMatchObject(applyByDate(startAt, zone, 21));
    }
  });

  it('lets an organization lengthen a lead time from a date on, never shorten the statutory one', async () => {
    const path = `/api/orgs/${org}/permit-types/${crowd().id}/lead-times`;
    const shorter = await owner.post(path, { scale: 'local', leadDays: 10, effectiveFrom: '2026-01-01' });
    expect(shorter.status).toBe(400);
    expect(shorter.body.errors[0]).toMatchObject({ pointer: '/body/leadDays', code: 'below_statutory' });
    const unscoped = await owner.post(path, { scale: null, leadDays: 20, effectiveFrom: '2026-01-01' });
    expect(unscoped.status).toBe(400); // "every scale" must respect the strictest statute (30)
    const longer = await owner.post(path, { scale: 'local', leadDays: 21, effectiveFrom: '2026-01-01', source: 'Kebijakan internal' });
    expect(longer.status).toBe(201);
    const local = (await owner.post(`/api/orgs/${org}/events`, eventIn(60, { name: 'Lokal panjang', scale: 'local' }))).body;
    const permit = (await owner.post(`/api/orgs/${org}/events/${local.id}/permits`, { typeId: crowd().id })).body;
    expect(permit).toMatchObject({ leadDays: 21, statutoryDays: 14, leadSource: 'Kebijakan internal' });
    // The database holds the rule too.
    await expect(
      t.sql.query(`UPDATE permit_lead_times SET lead_days = 7 WHERE statutory_days = 14 AND organization_id = $1`, [org]),
    ).rejects.toThrow(/check constraint/);
  });

  it('moves along its flow, stamps submitted and approved dates, refuses skipping steps and stale versions', async () => {
    const event = (await owner.post(`/api/orgs/${org}/events`, eventIn(40, { scale: 'local' }))).body;
    const base = `/api/orgs/${org}/events/${event.id}/permits`;
    const permit = (await owner.post(base, { typeId: types.find((x) => x.code === 'fire_safety')!.id, issuer: 'Damkar Jakarta Pusat' })).body;
    const skip = await owner.patch(`${base}/${permit.id}`, { status: 'approved' }, { headers: { 'if-match': '"1"' } });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('invalid_transition');
    const submitted = await owner.patch(`${base}/${permit.id}`, { status: 'submitted', number: 'REK/123' }, { headers: { 'if-match': '"1"' } });
    expect(submitted.body).toMatchObject({ status: 'submitted', urgency: 'done', number: 'REK/123', version: 2 });
    expect(submitted.body.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await owner.patch(`${base}/${permit.id}`, { status: 'approved' }, { headers: { 'if-match': '"1"' } })).status).toBe(412);
    const approved = await owner.patch(`${base}/${permit.id}`, { status: 'approved', validFrom: '2027-01-01', validUntil: '2027-01-31' }, { headers: { 'if-match': '"2"' } });
    expect(approved.body).toMatchObject({ status: 'approved', validUntil: '2027-01-31' });
    const audit = await owner.get(`/api/orgs/${org}/audit?entityType=permit&entityId=${permit.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
  });

  it('lists the organization’s permits by apply-by with due, status and category filters, page by page', async () => {
    // The local lead was lengthened to 21 days above: the local show 20 days out is now overdue too (apply-by is never stored).
    const overdue = await owner.get(`/api/orgs/${org}/permits?due=overdue`);
    expect(overdue.body.items.map((p: { eventName: string }) => p.eventName)).toEqual(['Konser Internasional', 'Pentas Kampung']);
    expect(overdue.body.items.every((p: { urgency: string }) => p.urgency === 'overdue')).toBe(true);
    const soon = await owner.get(`/api/orgs/${org}/permits?due=soon`);
    expect(soon.body.items.map((p: { eventName: string }) => p.eventName)).toEqual(['Konser Internasional', 'Pentas Kampung']);
    expect((await owner.get(`/api/orgs/${org}/permits?status=approved`)).body.items).toHaveLength(1);
    expect((await owner.get(`/api/orgs/${org}/permits?category=fire_safety`)).body.items).toHaveLength(1);

    const all: { applyBy: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { applyBy: string | null }[]; nextCursor: string | null } } = await owner.get(`/api/orgs/${org}/permits?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThanOrEqual(8);
    const dates = all.map((p) => p.applyBy ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps permits to managers and coordinators, and to the organization', async () => {
    const crew = await join(t.app, owner, 'crew');
    expect((await crew.get(`/api/orgs/${org}/permits`)).status).toBe(403);
    const coordinator = await join(t.app, owner, 'coordinator');
    expect((await coordinator.get(`/api/orgs/${org}/permits`)).status).toBe(200);
    expect((await coordinator.post(`/api/orgs/${org}/permit-types/${crowd().id}/lead-times`, { scale: 'local', leadDays: 30, effectiveFrom: '2026-01-01' })).status).toBe(403);
    const stranger = await new TestClient(t.app).signup('permits-stranger');
    expect((await stranger.get(`/api/orgs/${org}/permits`)).status).toBe(404);
    const theirs = (await stranger.get(`/api/orgs/${stranger.orgId}/permits`)).body.items;
    expect(theirs).toEqual([]);
  });
});

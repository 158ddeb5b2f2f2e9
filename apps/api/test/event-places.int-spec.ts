import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp({ DATABASE_POOL_SIZE: '40' });

const hold = (day: string, from: string, to: string) => ({ startAt: `${day}T${from}:00+07:00`, endAt: `${day}T${to}:00+07:00` });

describe('event places and holds', () => {
  let owner: TestClient;
  let org: string;
  let place: { id: string; spaces: { id: string; name: string }[] };
  let concert: { id: string; name: string };
  let expo: { id: string; name: string };
  let arena: string;
  let backstage: string;
  const places = (eventId: string) => `/api/orgs/${org}/events/${eventId}/places`;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('holds');
    org = owner.orgId;
    place = (await owner.post(`/api/orgs/${org}/locations`, {
      name: 'Istora Senayan', kind: 'venue', address: 'Jl. Pintu Satu Senayan', province: 'dki_jakarta',
      spaces: [{ name: 'Arena' }, { name: 'Backstage' }, { name: 'Race hall' }],
    })).body;
    [arena, backstage] = [place.spaces[0]!.id, place.spaces[1]!.id];
    concert = (await owner.post(`/api/orgs/${org}/events`, jakartaEvent({ name: 'Konser Senja' }))).body;
    expo = (await owner.post(`/api/orgs/${org}/events`, jakartaEvent({ name: 'Expo Kreatif' }))).body;
  });

  it('queues tentative holds by rank, asks before a confirmation jumps the queue, and warns a tentative hold under a confirmed one', async () => {
    const first = await owner.post(places(concert.id), { locationId: place.id, spaceId: arena, role: 'main_venue', ...hold('2026-12-18', '06:00', '23:00') });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ holdStatus: 'tentative', holdRank: 1, spaceName: 'Arena', locationName: 'Istora Senayan', overlaps: [] });
    expect(first.headers.etag).toBe('"1"');

    const second = await owner.post(places(expo.id), { locationId: place.id, spaceId: arena, role: 'main_venue', ...hold('2026-12-18', '12:00', '20:00') });
    expect(second.body).toMatchObject({ holdStatus: 'tentative', holdRank: 2 });
    expect(second.body.overlaps).toEqual([expect.objectContaining({ eventName: 'Konser Senja', holdStatus: 'tentative', holdRank: 1 })]);

    const path = `${places(expo.id)}/${second.body.id}`;
    const asked = await owner.patch(path, { holdStatus: 'confirmed' }, { headers: { 'if-match': '"1"' } });
    expect(asked.status).toBe(409);
    expect(asked.body.code).toBe('hold_queue');
    expect(asked.body.detail).toContain('Konser Senja');
    expect(asked.body.current[0]).toMatchObject({ eventName: 'Konser Senja', holdRank: 1 });

    const jumped = await owner.patch(path, { holdStatus: 'confirmed', jumpQueue: true }, { headers: { 'if-match': '"1"' } });
    expect(jumped.status).toBe(200);
    expect(jumped.body).toMatchObject({ holdStatus: 'confirmed', holdRank: null, version: 2 });

    // The first hold is now tentative under a confirmed one: it says so.
    const listed = await owner.get(places(concert.id));
    expect(listed.body.items[0].overlaps).toEqual([expect.objectContaining({ eventName: 'Expo Kreatif', holdStatus: 'confirmed' })]);

    // Confirming it now double-books: 409 naming the other event.
    const clash = await owner.patch(`${places(concert.id)}/${first.body.id}`, { holdStatus: 'confirmed', jumpQueue: true }, { headers: { 'if-match': '"1"' } });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('double_booking');
    expect(clash.body.detail).toContain('Expo Kreatif');
  });

  it('lets confirmed holds meet end to start, in other spaces, and over released ones', async () => {
    const day = '2026-12-24';
    const a = await owner.post(places(concert.id), { locationId: place.id, spaceId: backstage, role: 'holding', holdStatus: 'confirmed', ...hold(day, '08:00', '14:00') });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const b = await owner.post(places(expo.id), { locationId: place.id, spaceId: backstage, role: 'holding', holdStatus: 'confirmed', ...hold(day, '14:00', '20:00') });
    expect(b.status).toBe(201);
    // The same window written in WITA is the same instant: refused.
    const wita = await owner.post(places(expo.id), {
      locationId: place.id, spaceId: backstage, role: 'holding', holdStatus: 'confirmed', startAt: `${day}T13:30:00+08:00`, endAt: `${day}T14:30:00+08:00`,
    });
    expect(wita.status).toBe(409);
    expect(wita.body.detail).toContain('Konser Senja');
    await owner.patch(`${places(concert.id)}/${a.body.id}`, { holdStatus: 'released' }, { headers: { 'if-match': '"1"' } });
    const again = await owner.post(places(expo.id), { locationId: place.id, spaceId: backstage, role: 'holding', holdStatus: 'confirmed', ...hold(day, '09:00', '13:00') });
    expect(again.status).toBe(201);
  });

  it('keeps load-in and load-out inside the hold', async () => {
    const body = { locationId: place.id, spaceId: arena, role: 'main_venue', ...hold('2027-01-10', '06:00', '23:00') };
    const outside = await owner.post(places(concert.id), { ...body, loadIn: hold('2027-01-10', '05:00', '09:00') });
    expect(outside.status).toBe(400);
    expect(outside.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/body/loadIn');
    const inside = await owner.post(places(concert.id), { ...body, loadIn: hold('2027-01-10', '06:00', '12:00'), loadOut: hold('2027-01-10', '22:00', '23:00') });
    expect(inside.status).toBe(201);
    expect(inside.body.loadIn).toEqual({ startAt: '2027-01-09T23:00:00.000Z', endAt: '2027-01-10T05:00:00.000Z' });
    // Shrinking the hold past its load-out is refused too.
    const shrunk = await owner.patch(`${places(concert.id)}/${inside.body.id}`, { endAt: '2027-01-10T21:00:00+07:00' }, { headers: { 'if-match': '"1"' } });
    expect(shrunk.status).toBe(400);
    expect(shrunk.body.errors[0].pointer).toBe('/body/loadOut');
  });

  it('lets exactly one of 30 parallel confirmed overlapping holds of one space through (the database refuses the rest)', async () => {
    const race = place.spaces[2]!.id;
    const events = await Promise.all(Array.from({ length: 30 }, (_, i) => owner.post(`/api/orgs/${org}/events`, jakartaEvent({ name: `Race ${i}` }))));
    const results = await Promise.all(
      events.map((e, i) =>
        owner.post(places(e.body.id), {
          locationId: place.id, spaceId: race, role: 'main_venue', holdStatus: 'confirmed',
          startAt: `2027-02-01T${String(8 + (i % 5)).padStart(2, '0')}:00:00+07:00`, endAt: '2027-02-01T20:00:00+07:00',
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    const winner = events[statuses.indexOf(201)]!.body.name;
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body.code).toBe('double_booking');
      expect(r.body.detail).toContain(winner);
    }
    const count = await t.sql.query(`SELECT count(*)::int AS n FROM event_places WHERE space_id = $1 AND hold_status = 'confirmed'`, [race]);
    expect(count.rows[0].n).toBe(1);
    // The refusal is the database's own: even a superuser's INSERT past the API is refused. Every
    // contender's hold runs from 08.00–12.00 to 20.00, so 13.00–14.00 overlaps whichever one won.
    await expect(
      t.sql.query(
        `INSERT INTO event_places (organization_id, event_id, location_id, space_id, role, during, hold_status)
         VALUES ($1, $2, $3, $4, 'main_venue', tstzrange('2027-02-01 13:00+07', '2027-02-01 14:00+07'), 'confirmed')`,
        [org, concert.id, place.id, race],
      ),
    ).rejects.toThrow(/event_places_no_double_booking/);
  });

  it('lists on the place which events use it and when, and will not delete a place in use', async () => {
    const usage = await owner.get(`/api/orgs/${org}/locations/${place.id}/events?limit=2`);
    expect(usage.status).toBe(200);
    expect(usage.body.items).toHaveLength(2);
    expect(usage.body.items[0]).toMatchObject({ eventName: 'Konser Senja', spaceName: 'Arena', role: 'main_venue' });
    expect(usage.body.nextCursor).toBeTruthy();
    const next = await owner.get(`/api/orgs/${org}/locations/${place.id}/events?limit=50&cursor=${usage.body.nextCursor}`);
    expect(next.body.items.length).toBeGreaterThan(0);
    expect(next.body.items.every((u: { holdStatus: string }) => u.holdStatus !== 'released')).toBe(true);
    const withReleased = await owner.get(`/api/orgs/${org}/locations/${place.id}/events?limit=200&includeReleased=true`);
    expect(withReleased.body.items.some((u: { holdStatus: string }) => u.holdStatus === 'released')).toBe(true);

    const del = await owner.delete(`/api/orgs/${org}/locations/${place.id}`);
    expect(del.status).toBe(409);
    expect((await owner.delete(`/api/orgs/${org}/locations/${place.id}/spaces/${arena}`)).status).toBe(409);
  });

  it("refuses a space of another place, another organization's place, and a budget line of another event", async () => {
    const other = (await owner.post(`/api/orgs/${org}/locations`, { name: 'Gudang Cakung', kind: 'warehouse', address: 'Jl. Cakung', spaces: [{ name: 'Bay 1' }] })).body;
    const wrongSpace = await owner.post(places(concert.id), { locationId: other.id, spaceId: arena, role: 'warehouse', ...hold('2027-03-01', '08:00', '10:00') });
    expect(wrongSpace.status).toBe(400);
    expect(wrongSpace.body.errors[0].pointer).toBe('/body/spaceId');

    const stranger = await new TestClient(t.app).signup('holds-stranger');
    const foreign = (await stranger.post(`/api/orgs/${stranger.orgId}/locations`, { name: 'Asing', kind: 'venue', address: 'x' })).body;
    const cross = await owner.post(places(concert.id), { locationId: foreign.id, role: 'shoot', ...hold('2027-03-01', '08:00', '10:00') });
    expect(cross.status).toBe(400);

    const budget = await owner.get(`/api/orgs/${org}/events/${expo.id}/budget`);
    const line = await owner.post(`/api/orgs/${org}/events/${expo.id}/budget/lines`, { categoryId: budget.body.categories.at(-1).id, description: 'Sewa Istora', rate: '150000000' });
    const wrongLine = await owner.post(places(concert.id), { locationId: other.id, role: 'warehouse', budgetLineId: line.body.id, ...hold('2027-03-01', '08:00', '10:00') });
    expect(wrongLine.status).toBe(400);
    expect(wrongLine.body.errors[0].pointer).toBe('/body/budgetLineId');
    const rightLine = await owner.post(places(expo.id), { locationId: other.id, role: 'warehouse', budgetLineId: line.body.id, ...hold('2027-03-01', '08:00', '10:00') });
    expect(rightLine.body.budgetLineId).toBe(line.body.id);
  });

  it('lets crew read an event’s places but not the directory or holds; the audit log records holds', async () => {
    const crew = await join(t.app, owner, 'crew');
    expect((await crew.get(places(concert.id))).status).toBe(200);
    expect((await crew.get(`/api/orgs/${org}/locations`)).status).toBe(403);
    expect((await crew.post(places(concert.id), { locationId: place.id, role: 'shoot', ...hold('2027-03-02', '08:00', '10:00') })).status).toBe(403);
    const audit = await owner.get(`/api/orgs/${org}/audit?entityType=event_place`);
    expect(audit.body.items.length).toBeGreaterThan(3);
  });
});

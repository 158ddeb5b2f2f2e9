import { beforeAll, describe, expect, it } from 'vitest';
import { eventOverviewSchema } from '@rundown/domain';
import { jakartaEvent, join, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

describe('events', () => {
  let owner: TestClient;
  let base: string;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('events');
    base = `/api/orgs/${owner.orgId}/events`;
  });

  it('creates, reads with an ETag, updates with If-Match and deletes', async () => {
    const created = await owner.post(base, jakartaEvent({ venue: '  ', notes: 'Load-in H-2' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'planning', venue: null, version: 1, startAt: '2026-12-19T08:00:00.000Z' });
    expect(created.headers.etag).toBe('"1"');

    const read = await owner.get(`${base}/${created.body.id}`);
    expect(read.headers.etag).toBe('"1"');

    const updated = await owner.patch(`${base}/${created.body.id}`, { status: 'pre_production', venue: 'JIExpo' }, { headers: { 'if-match': '"1"' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ status: 'pre_production', venue: 'JIExpo', notes: 'Load-in H-2', version: 2 });
    expect(updated.headers.etag).toBe('"2"');

    expect((await owner.delete(`${base}/${created.body.id}`)).status).toBe(204);
    expect((await owner.get(`${base}/${created.body.id}`)).status).toBe(404);
  });

  it('answers a stale write with 412 and the current row, and a blind write with 428', async () => {
    const { body: event } = await owner.post(base, jakartaEvent());
    await owner.patch(`${base}/${event.id}`, { name: 'First writer' }, { headers: { 'if-match': '"1"' } });
    const stale = await owner.patch(`${base}/${event.id}`, { name: 'Second writer' }, { headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('precondition_failed');
    expect(stale.body.current).toMatchObject({ name: 'First writer', version: 2 });
    const blind = await owner.patch(`${base}/${event.id}`, { name: 'No header' });
    expect(blind.status).toBe(428);
    expect((await owner.get(`${base}/${event.id}`)).body.name).toBe('First writer');
  });

  it('lets exactly one of many concurrent writers with the same version win', async () => {
    const { body: event } = await owner.post(base, jakartaEvent());
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => owner.patch(`${base}/${event.id}`, { notes: `writer ${i}` }, { headers: { 'if-match': '"1"' } })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(9);
  });

  it('enforces status transitions and date order', async () => {
    const { body: event } = await owner.post(base, jakartaEvent());
    const skip = await owner.patch(`${base}/${event.id}`, { status: 'wrap' }, { headers: { 'if-match': '"1"' } });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('invalid_transition');
    const backwards = await owner.patch(`${base}/${event.id}`, { endAt: '2026-01-01T00:00:00Z' }, { headers: { 'if-match': '"1"' } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].pointer).toBe('/body/endAt');
    const invalid = await owner.post(base, jakartaEvent({ endAt: '2026-12-18T00:00:00+07:00', currency: 'XXX', timeZone: 'Mars/Base' }));
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/body/currency', '/body/timeZone']);
  });

  it('paginates with a cursor, sorts, and filters by status, dates and text', async () => {
    const org = await new TestClient(t.app).signup('paging');
    const url = `/api/orgs/${org.orgId}/events`;
    for (let day = 1; day <= 7; day++) {
      await org.post(url, jakartaEvent({
        name: `Acara ${String.fromCharCode(72 - day)}`,
        startAt: `2027-01-0${day}T10:00:00+07:00`,
        endAt: `2027-01-0${day}T12:00:00+07:00`,
        client: day === 3 ? 'Bank 100%_Persen' : 'Klien',
      }));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { startAt: string }[]; nextCursor: string | null } } = await org.get(`${url}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((e) => e.startAt));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect([...seen].sort()).toEqual(seen);

    const byName = await org.get(`${url}?sort=name&order=desc&limit=2`);
    expect(byName.body.items.map((e: { name: string }) => e.name)).toEqual(['Acara G', 'Acara F']);
    const next = await org.get(`${url}?sort=name&order=desc&limit=2&cursor=${byName.body.nextCursor}`);
    expect(next.body.items.map((e: { name: string }) => e.name)).toEqual(['Acara E', 'Acara D']);

    const ranged = await org.get(`${url}?from=2027-01-03T00:00:00%2B07:00&to=2027-01-04T23:59:00%2B07:00`);
    expect(ranged.body.items).toHaveLength(2);
    const text = await org.get(`${url}?q=${encodeURIComponent('100%_')}`);
    expect(text.body.items).toHaveLength(1);
    const none = await org.get(`${url}?status=closed`);
    expect(none.body.items).toEqual([]);
    const bad = await org.get(`${url}?limit=5000&cursor=garbage`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/query/limit');
    const badCursor = await org.get(`${url}?cursor=garbage`);
    expect(badCursor.body.errors[0].pointer).toBe('/query/cursor');
  });

  it('records every change in the audit log with before and after', async () => {
    const org = await new TestClient(t.app).signup('audited');
    const url = `/api/orgs/${org.orgId}/events`;
    const { body: event } = await org.post(url, jakartaEvent({ name: 'Sebelum' }));
    await org.patch(`${url}/${event.id}`, { name: 'Sesudah' }, { headers: { 'if-match': '"1"' } });
    await org.delete(`${url}/${event.id}`);
    const log = await org.get(`/api/orgs/${org.orgId}/audit?entityType=event`);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    const update = log.body.items[1];
    expect(update.before.name).toBe('Sebelum');
    expect(update.after.name).toBe('Sesudah');
    expect(update.actorName).toBe('audited');
    const paged = await org.get(`/api/orgs/${org.orgId}/audit?limit=1`);
    expect(paged.body.nextCursor).not.toBeNull();
    const second = await org.get(`/api/orgs/${org.orgId}/audit?limit=1&cursor=${paged.body.nextCursor}`);
    expect(second.body.items[0].id).not.toBe(paged.body.items[0].id);
  });

  it('summarizes where the plan stands: task counts, overdue and upcoming work, show days', async () => {
    const eventId = (await owner.post(base, jakartaEvent({ name: 'Overview' }))).body.id;
    const tasks = `${base}/${eventId}/tasks`;
    const at = (offsetHours: number) => new Date(Date.now() + offsetHours * 3_600_000).toISOString();
    const task = (title: string, from: number, to: number, extra: object = {}) =>
      owner.post(tasks, { title, startAt: at(from), endAt: at(to), ...extra }).then((r) => (expect(r.status).toBe(201), r.body));
    await task('Pre-production', -96, 200, { kind: 'phase' });
    await task('Late permit', -48, -24);
    await task('Done long ago', -72, -70, { status: 'done' });
    await task('Blocked rigging', 1, 5, { status: 'blocked' });
    const next = await task('Load-in', 2, 10);
    await task('Show', 30, 30, { kind: 'milestone' });
    await owner.request('PUT', `${base}/${eventId}/rundown/2026-12-19`, { body: { startsAt: '2026-12-19T19:00:00+07:00' }, headers: { 'if-none-match': '*' } });
    await owner.post(`${base}/${eventId}/rundown/2026-12-19/cues`, { title: 'Doors', durationSeconds: 600 });

    const overview = await owner.get(`${base}/${eventId}/overview`);
    expect(overview.status).toBe(200);
    const body = eventOverviewSchema.parse(overview.body);
    // The phase groups the work; it is not counted.
    expect(body.tasks).toMatchObject({ total: 5, overdue: 1, byStatus: { todo: 3, in_progress: 0, blocked: 1, done: 1 } });
    expect(body.tasks.upcoming.map((t) => t.title)).toEqual(['Blocked rigging', 'Load-in', 'Show']);
    expect(body.tasks.upcoming[1]).toMatchObject({ id: next.id, status: 'todo' });
    expect(body.rundownDays).toEqual([{ day: '2026-12-19', startsAt: '2026-12-19T12:00:00.000Z', cueCount: 1, live: false }]);

    const vendor = await join(t.app, owner, 'vendor');
    expect((await vendor.get(`${base}/${eventId}/overview`)).status).toBe(403);
    const stranger = await new TestClient(t.app).signup('overview-stranger');
    expect((await stranger.get(`/api/orgs/${stranger.orgId}/events/${eventId}/overview`)).status).toBe(404);
  });
});

import { encodeCursor } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

/** Every item of a list, page by page, as a client follows `nextCursor`. */
async function everyPage(client: TestClient, url: string): Promise<{ id: string }[]> {
  const items: { id: string }[] = [];
  let cursor: string | null = null;
  do {
    const res = await client.get(`${url}${url.includes('?') ? '&' : '?'}limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

describe('keyset pagination', () => {
  let owner: TestClient;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('pages');
  });

  it('stores every timestamp to the millisecond, what the cursors carry', async () => {
    const { rows } = await t.sql.query(
      `SELECT table_name || '.' || column_name AS col FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type = 'timestamp with time zone' AND datetime_precision <> 3`,
    );
    expect(rows.map((r) => r.col)).toEqual([]);
  });

  it('neither repeats nor skips rows that share a timestamp across page boundaries', async () => {
    // Seven notifications written by one statement share created_at (newest first, descending keys).
    await t.sql.query(
      `INSERT INTO notifications (user_id, kind, data)
       SELECT $1, 'task_comment', jsonb_build_object('taskTitle', 'Tugas ' || n, 'eventName', 'Konser', 'actorName', 'Budi', 'comment', 'ok')
         FROM generate_series(1, 7) n`,
      [owner.me!.user.id],
    );
    const notifications = await everyPage(owner, '/api/me/notifications');
    expect(notifications).toHaveLength(7);
    expect(new Set(notifications.map((n) => n.id)).size).toBe(7);

    // Tasks whose start times were written with microseconds (ascending keys).
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent())).body;
    await t.sql.query(
      `INSERT INTO tasks (organization_id, event_id, title, start_at, end_at)
       SELECT $1, $2, 'Tugas ' || n, '2027-06-01 10:00:00.123456+07'::timestamptz + make_interval(mins => n % 2),
              '2027-06-01 12:00:00.987654+07'::timestamptz
         FROM generate_series(1, 8) n`,
      [owner.orgId, event.id],
    );
    const tasks = await everyPage(owner, `/api/orgs/${owner.orgId}/events/${event.id}/tasks`);
    expect(tasks).toHaveLength(8);
    expect(new Set(tasks.map((task) => task.id)).size).toBe(8);
  });

  it('pages through names PostgreSQL and JavaScript lower-case differently', async () => {
    // 'İ'.toLowerCase() is 'i̇' (i + combining dot) in JavaScript and 'i' in PostgreSQL.
    for (let n = 1; n <= 5; n++) {
      await owner.post(`/api/orgs/${owner.orgId}/vendors`, { name: `İkan Sound ${n}`, category: 'av_rental', contacts: [] });
      await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ name: `İstana Gala ${n}` }));
    }
    expect((await everyPage(owner, `/api/orgs/${owner.orgId}/vendors`)).length).toBe(5);
    const events = await everyPage(owner, `/api/orgs/${owner.orgId}/events?sort=name`);
    expect(events.filter((e) => (e as unknown as { name: string }).name.startsWith('İstana'))).toHaveLength(5);
  });

  it('answers 400 for a cursor whose values are not what the list sorts by', async () => {
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ name: 'Kursor' }))).body;
    await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ name: 'Kursor kedua' }));
    const uuid = '00000000-0000-4000-8000-000000000000';
    const tampered: [string, string][] = [
      [`/api/orgs/${owner.orgId}/events/${event.id}/tasks`, encodeCursor(['kemarin', uuid])],
      [`/api/orgs/${owner.orgId}/events/${event.id}/tasks`, encodeCursor(['2027-06-01T10:00:00.000Z', 'bukan-uuid'])],
      [`/api/orgs/${owner.orgId}/events/${event.id}/budget/lines`, encodeCursor(['1', uuid])],
      [`/api/orgs/${owner.orgId}/audit`, encodeCursor(['12; DROP TABLE'])],
      // A cursor of the list sorted by name, sent with the list sorted by start.
      [`/api/orgs/${owner.orgId}/events?sort=startAt`, encodeCursor(['kursor', uuid])],
      ['/api/me/notifications', encodeCursor([42, uuid])],
    ];
    for (const [url, cursor] of tampered) {
      const res = await owner.get(`${url}${url.includes('?') ? '&' : '?'}cursor=${cursor}`);
      expect(res.status, url).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ pointer: '/query/cursor', code: 'invalid_cursor' });
    }
    // A real cursor still works.
    const page = await owner.get(`/api/orgs/${owner.orgId}/events?sort=name&limit=1`);
    expect(page.body.nextCursor).not.toBeNull();
    expect((await owner.get(`/api/orgs/${owner.orgId}/events?sort=name&limit=1&cursor=${page.body.nextCursor}`)).status).toBe(200);
  });
});

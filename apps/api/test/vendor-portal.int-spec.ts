import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, PASSWORD, TestClient, uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

type Org = { owner: TestClient; eventId: string; base: string; vendorId: string };

async function organization(label: string, vendorName: string): Promise<Org> {
  const owner = await new TestClient(t.app).signup(label, `Org ${label}`);
  const eventId = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ name: `Event ${label}` }))).body.id;
  const vendor = await owner.post(`/api/orgs/${owner.orgId}/vendors`, { name: vendorName, category: 'av_rental', taxId: '01.234.567.8-901.000', contacts: [{ name: 'Budi', phone: '+62 812 0000 0000' }] });
  expect(vendor.status).toBe(201);
  expect(vendor.body.taxId).toBe('012345678901000');
  return { owner, eventId, base: `/api/orgs/${owner.orgId}/events/${eventId}`, vendorId: vendor.body.id };
}

describe('vendor portal', () => {
  let a: Org;
  let b: Org;
  let c: Org;
  let vendorUser: TestClient;
  let taskA: { id: string };
  let taskC: { id: string };
  let secretB: { id: string };
  let otherA: { id: string };

  beforeAll(async () => {
    a = await organization('alpha', 'PT Suara Jaya');
    b = await organization('bravo', 'PT Lain');
    c = await organization('charlie', 'PT Suara Jaya (Bandung)');
    const email = uniqueEmail('vendor');
    const inviteA = await a.owner.post(`/api/orgs/${a.owner.orgId}/vendors/${a.vendorId}/invitations`, { email });
    expect(inviteA.body.role).toBe('vendor');
    vendorUser = new TestClient(t.app);
    const registered = await vendorUser.post(`/api/invitations/${inviteA.body.token}/register`, { name: 'Budi Vendor', password: PASSWORD });
    expect(registered.status).toBe(201);
    vendorUser.me = registered.body;
    const inviteC = await c.owner.post(`/api/orgs/${c.owner.orgId}/vendors/${c.vendorId}/invitations`, { email });
    expect((await vendorUser.post(`/api/invitations/${inviteC.body.token}/accept`)).status).toBe(200);

    const mk = (org: Org, title: string, vendorId: string | null) =>
      org.owner.post(`${org.base}/tasks`, {
        title, startAt: '2026-12-18T09:00:00+07:00', endAt: '2026-12-18T17:00:00+07:00', vendorId, location: 'Loading dock B',
        checklist: [{ title: 'Speaker line array' }, { title: 'Mixer' }],
      }).then((r) => r.body);
    taskA = await mk(a, 'Kirim sound system', a.vendorId);
    otherA = await mk(a, 'Tugas internal A', null);
    taskC = await mk(c, 'Sound system Bandung', c.vendorId);
    secretB = await mk(b, 'Rahasia B', b.vendorId);
  });

  it('shows a vendor user exactly its tasks, across the organizations that hired it', async () => {
    const mine = await vendorUser.get('/api/me/tasks');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((x: { title: string }) => x.title).sort()).toEqual(['Kirim sound system', 'Sound system Bandung']);
    const first = mine.body.items.find((x: { id: string }) => x.id === taskA.id);
    expect(first).toMatchObject({ organizationName: 'Org alpha', vendorName: 'PT Suara Jaya', eventName: 'Event alpha', location: 'Loading dock B' });
    expect(JSON.stringify(mine.body)).not.toMatch(/Rahasia|internal/);
  });

  it('answers 404 for any other task, and 403 or 404 for everything else of the organizations', async () => {
    for (const id of [secretB.id, otherA.id]) {
      expect((await vendorUser.patch(`/api/me/tasks/${id}`, { status: 'done' }, { headers: { 'if-match': '"1"' } })).status).toBe(404);
      expect((await vendorUser.get(`/api/me/tasks/${id}/comments`)).status).toBe(404);
    }
    const orgA = a.owner.orgId;
    expect((await vendorUser.get(`/api/orgs/${orgA}/members`)).status).toBe(403);
    expect((await vendorUser.get(`/api/orgs/${orgA}/vendors`)).status).toBe(403);
    expect((await vendorUser.get(`/api/orgs/${orgA}/locations`)).status).toBe(403);
    expect((await vendorUser.get(`/api/orgs/${orgA}/permits`)).status).toBe(403);
    expect((await vendorUser.get(`/api/orgs/${orgA}/permit-types`)).status).toBe(403);
    expect((await vendorUser.get(`${a.base}/places`)).status).toBe(403);
    expect((await vendorUser.get(`${a.base}/tasks`)).status).toBe(403);
    expect((await vendorUser.get(`${a.base}/budget`)).status).toBe(403);
    expect((await vendorUser.get(`/api/orgs/${orgA}/events`)).status).toBe(403);
    expect((await vendorUser.get(`/api/orgs/${b.owner.orgId}/events`)).status).toBe(404);
  });

  it('lets the vendor update status, tick the checklist, comment and upload; the organization sees it', async () => {
    const done = await vendorUser.patch(`/api/me/tasks/${taskA.id}`, { status: 'done' }, { headers: { 'if-match': '"1"' } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', version: 2 });
    const item = done.body.checklist[0];
    const ticked = await vendorUser.patch(`/api/me/tasks/${taskA.id}/checklist/${item.id}`, { done: true });
    expect(ticked.body.checklist[0]).toMatchObject({ done: true, doneBy: 'Budi Vendor' });
    expect((await vendorUser.post(`/api/me/tasks/${taskA.id}/comments`, { body: 'Truk tiba 08.30' })).status).toBe(201);
    const pdf = Buffer.from('%PDF-1.4 invoice');
    const upload = await vendorUser.post(`/api/me/tasks/${taskA.id}/attachments`, {
      filename: 'INV-2026-001.pdf', contentType: 'application/pdf', kind: 'invoice', data: pdf.toString('base64'),
    });
    expect(upload.status).toBe(201);
    const download = await t.app.inject({ method: 'GET', url: `/api/me/tasks/${taskA.id}/attachments/${upload.body.id}`, headers: { cookie: vendorUser.cookie! } });
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const seen = (await a.owner.get(`${a.base}/tasks`)).body.items.find((x: { id: string }) => x.id === taskA.id);
    expect(seen).toMatchObject({ status: 'done' });
    expect((await a.owner.get(`${a.base}/tasks/${taskA.id}/comments`)).body.items[0]).toMatchObject({ body: 'Truk tiba 08.30', author: 'Budi Vendor' });
    const audit = await a.owner.get(`/api/orgs/${a.owner.orgId}/audit?entityType=task&entityId=${taskA.id}`);
    expect(audit.body.items.some((e: { actorName: string }) => e.actorName === 'Budi Vendor')).toBe(true);
  });

  it('keeps row-level security as the second wall: in the user scope only the vendor tasks exist', async () => {
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('role', 'rundown_app', true), set_config('app.user_id', $1, true)`, [vendorUser.me!.user.id]);
      const tasks = await client.query(`SELECT title FROM tasks ORDER BY title`);
      expect(tasks.rows.map((r) => r.title)).toEqual(['Kirim sound system', 'Sound system Bandung']);
      expect((await client.query(`SELECT * FROM events`)).rows.map((r) => r.name).sort()).toEqual(['Event alpha', 'Event charlie']);
      expect((await client.query(`SELECT * FROM budgets`)).rowCount).toBe(0);
      expect((await client.query(`SELECT * FROM memberships WHERE user_id <> $1`, [vendorUser.me!.user.id])).rowCount).toBe(0);
      expect((await client.query(`SELECT * FROM vendors`)).rows.map((r) => r.name).sort()).toEqual(['PT Suara Jaya', 'PT Suara Jaya (Bandung)']);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('loses access when removed from the organization', async () => {
    const members = await c.owner.get(`/api/orgs/${c.owner.orgId}/members`);
    const membership = members.body.items.find((m: { userId: string }) => m.userId === vendorUser.me!.user.id);
    expect((await c.owner.delete(`/api/orgs/${c.owner.orgId}/members/${membership.id}`)).status).toBe(204);
    const mine = await vendorUser.get('/api/me/tasks');
    expect(mine.body.items.map((x: { id: string }) => x.id)).toEqual([taskA.id]);
    expect((await vendorUser.get(`/api/me/tasks/${taskC.id}/comments`)).status).toBe(404);
  });

  it('publishes a revocable iCalendar feed of the tasks, in the event time zone', async () => {
    const feed = await vendorUser.post('/api/me/calendar-feeds');
    expect(feed.status).toBe(201);
    const listed = await vendorUser.get('/api/me/calendar-feeds');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ items: [{ id: feed.body.id, scope: 'user', eventId: null, eventName: null, createdAt: feed.body.createdAt }], nextCursor: null });
    const path = new URL(feed.body.url).pathname;
    const res = await new TestClient(t.app).get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(res.body as string));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Kirim sound system — Event alpha']);
    const start = events[0]!.startDate;
    expect(events[0]!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Jakarta');
    expect([start.hour, start.minute]).toEqual([9, 0]);
    expect(events[0]!.location).toBe('Loading dock B');

    expect((await vendorUser.delete(`/api/me/calendar-feeds/${feed.body.id}`)).status).toBe(204);
    expect((await new TestClient(t.app).get(path)).status).toBe(404);
    expect((await vendorUser.get('/api/me/calendar-feeds')).body.items).toEqual([]);
  });
});

describe('calendar feed list', () => {
  it('pages through my live feeds newest first, never with the secret, and shows nobody else’s', async () => {
    const me = await new TestClient(t.app).signup('feeds');
    const someoneElse = await new TestClient(t.app).signup('other-feeds');
    const theirs = (await someoneElse.post('/api/me/calendar-feeds')).body;
    const made: { id: string; url: string }[] = [];
    for (let i = 0; i < 5; i++) made.push((await me.post('/api/me/calendar-feeds')).body);
    expect((await me.delete(`/api/me/calendar-feeds/${made[1]!.id}`)).status).toBe(204);
    expect((await me.delete(`/api/me/calendar-feeds/${theirs.id}`)).status).toBe(404);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await me.get(`/api/me/calendar-feeds?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      expect(JSON.stringify(page.body)).not.toMatch(/url|\.ics|token/i);
      seen.push(...page.body.items.map((f: { id: string }) => f.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([made[4]!.id, made[3]!.id, made[2]!.id, made[0]!.id]);
    expect((await new TestClient(t.app).get('/api/me/calendar-feeds')).status).toBe(401);
  });
});

describe('vendor changes reach the organization', () => {
  it('tells the task’s creator and assignees about a status change or a comment, in-app and by email in each one’s language', async () => {
    const org = await organization('foxtrot', 'PT Lighting');
    const coordinator = await join(t.app, org.owner, 'coordinator');
    const crew = await join(t.app, org.owner, 'crew');
    const bystander = await join(t.app, org.owner, 'manager');
    await crew.patch('/api/me', { locale: 'en' });
    const email = uniqueEmail('vendor');
    const invite = await org.owner.post(`/api/orgs/${org.owner.orgId}/vendors/${org.vendorId}/invitations`, { email });
    const vendor = new TestClient(t.app);
    vendor.me = (await vendor.post(`/api/invitations/${invite.body.token}/register`, { name: 'Andi Lighting', password: PASSWORD })).body;
    const task = (await coordinator.post(`${org.base}/tasks`, {
      title: 'Pasang moving head', startAt: '2026-12-18T09:00:00+07:00', endAt: '2026-12-18T17:00:00+07:00', vendorId: org.vendorId,
      assigneeIds: [crew.me!.user.id],
    })).body;
    const before = await Promise.all([coordinator, crew, bystander].map(async (c) => (await c.get('/api/me/notifications')).body.items.length));

    expect((await vendor.patch(`/api/me/tasks/${task.id}`, { status: 'blocked' }, { headers: { 'if-match': '"1"' } })).status).toBe(200);
    expect((await vendor.post(`/api/me/tasks/${task.id}/comments`, { body: 'Truss belum terpasang' })).status).toBe(201);

    const inbox = async (c: TestClient) => (await c.get('/api/me/notifications')).body.items as { kind: string; data: Record<string, unknown>; link: string }[];
    for (const person of [coordinator, crew]) {
      const items = await inbox(person);
      expect(items.slice(0, 2).map((n) => n.kind)).toEqual(['task_comment', 'task_status_changed']);
      expect(items[1]).toMatchObject({
        data: { taskTitle: 'Pasang moving head', eventName: 'Event foxtrot', actorName: 'Andi Lighting', status: 'blocked' },
        link: `/orgs/${org.owner.orgId}/events/${org.eventId}/timeline?task=${task.id}`,
      });
      expect(items[0]!.data).toMatchObject({ comment: 'Truss belum terpasang', actorName: 'Andi Lighting' });
    }
    expect((await inbox(bystander)).length).toBe(before[2]);
    expect((await inbox(vendor)).length).toBe(0);

    const subjects = async (c: TestClient) =>
      (await t.sql.query(`SELECT subject, body FROM email_outbox WHERE to_email = $1 ORDER BY id`, [c.me!.user.email])).rows as { subject: string; body: string }[];
    const crewMail = await subjects(crew);
    expect(crewMail.slice(-2).map((m) => m.subject)).toEqual(['Status changed: Pasang moving head', 'New comment: Pasang moving head']);
    expect(crewMail.at(-2)!.body).toContain('Andi Lighting changed the status of "Pasang moving head" (Event foxtrot) to Blocked.');
    const coordinatorMail = await subjects(coordinator);
    expect(coordinatorMail.slice(-2).map((m) => m.subject)).toEqual(['Status berubah: Pasang moving head', 'Komentar baru: Pasang moving head']);
    expect(coordinatorMail.at(-2)!.body).toContain('menjadi Terhambat');

    // The same status again is no news; an assignee who left the organization hears nothing more.
    expect((await vendor.patch(`/api/me/tasks/${task.id}`, { status: 'blocked' }, { headers: { 'if-match': '"2"' } })).status).toBe(200);
    const members = (await org.owner.get(`/api/orgs/${org.owner.orgId}/members`)).body.items as { id: string; userId: string }[];
    const crewMembership = members.find((m) => m.userId === crew.me!.user.id)!;
    expect((await org.owner.delete(`/api/orgs/${org.owner.orgId}/members/${crewMembership.id}`)).status).toBe(204);
    expect((await vendor.patch(`/api/me/tasks/${task.id}`, { status: 'done' }, { headers: { 'if-match': '"3"' } })).status).toBe(200);
    expect((await inbox(crew)).length).toBe(2 + before[1]!);
    expect((await inbox(coordinator)).map((n) => n.kind).slice(0, 3)).toEqual(['task_status_changed', 'task_comment', 'task_status_changed']);
  });
});

describe('vendor portal paging', () => {
  it('pages through tasks of several vendors in start order, with a status filter', async () => {
    const a = await organization('delta', 'PT Panggung');
    const c = await organization('echo', 'PT Panggung (Surabaya)');
    const email = uniqueEmail('vendor');
    const vendorUser = new TestClient(t.app);
    const invite = await a.owner.post(`/api/orgs/${a.owner.orgId}/vendors/${a.vendorId}/invitations`, { email });
    expect((await vendorUser.post(`/api/invitations/${invite.body.token}/register`, { name: 'Sari Vendor', password: PASSWORD })).status).toBe(201);
    const inviteC = await c.owner.post(`/api/orgs/${c.owner.orgId}/vendors/${c.vendorId}/invitations`, { email });
    expect((await vendorUser.post(`/api/invitations/${inviteC.body.token}/accept`)).status).toBe(200);

    // Days alternate between the two organizations, so every page merges both vendors' tasks.
    const days = [1, 2, 3, 4, 5, 6, 7];
    const ids: string[] = [];
    for (const day of days) {
      const org = day % 2 ? a : c;
      const date = `2027-01-0${day}`;
      const made = await org.owner.post(`${org.base}/tasks`, { title: `Hari ${day}`, startAt: `${date}T09:00:00+07:00`, endAt: `${date}T17:00:00+07:00`, vendorId: org.vendorId });
      expect(made.status).toBe(201);
      ids.push(made.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await vendorUser.get(`/api/me/tasks?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((x: { title: string }) => x.title));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(days.map((day) => `Hari ${day}`));

    expect((await vendorUser.patch(`/api/me/tasks/${ids[3]}`, { status: 'done' }, { headers: { 'if-match': '"1"' } })).status).toBe(200);
    const done = await vendorUser.get('/api/me/tasks?status=done');
    expect(done.body.items.map((x: { title: string }) => x.title)).toEqual(['Hari 4']);
  });
});

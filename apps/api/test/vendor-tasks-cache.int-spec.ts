import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, PASSWORD, TestClient, uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

type VendorTaskView = { id: string; title: string; status: string; eventName: string; organizationName: string; vendorName: string; checklist: { title: string; done: boolean; doneBy: string | null }[]; attachments: { filename: string }[] };

/*
 * "My tasks" pages are kept until a change touches them (VendorTasksCache). Every read here
 * follows a change with no wait: a kept page must never show what the database no longer holds.
 */
describe('vendor "My tasks" after every kind of change', () => {
  let owner: TestClient;
  let vendorUser: TestClient;
  let base: string;
  let eventId: string;
  let vendorId: string;
  let task: { id: string; version: number; checklist: { id: string }[] };

  const myTasks = async (): Promise<VendorTaskView[]> => {
    const res = await vendorUser.get('/api/me/tasks');
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const mine = async () => (await myTasks()).find((x) => x.id === task.id);

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('cache', 'Org Cache');
    eventId = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ name: 'Konser Cache' }))).body.id;
    base = `/api/orgs/${owner.orgId}/events/${eventId}`;
    vendorId = (await owner.post(`/api/orgs/${owner.orgId}/vendors`, { name: 'PT Suara Cache', category: 'av_rental', contacts: [] })).body.id;
    const invite = await owner.post(`/api/orgs/${owner.orgId}/vendors/${vendorId}/invitations`, { email: uniqueEmail('vendor') });
    vendorUser = new TestClient(t.app);
    const registered = await vendorUser.post(`/api/invitations/${invite.body.token}/register`, { name: 'Budi Vendor', password: PASSWORD });
    vendorUser.me = registered.body;
    task = (await owner.post(`${base}/tasks`, {
      title: 'Pasang sound', startAt: '2026-12-18T09:00:00+07:00', endAt: '2026-12-18T17:00:00+07:00', vendorId, checklist: [{ title: 'Mixer' }],
    })).body;
  });

  it('shows a task assigned after the page was read, and the organization’s edits to it', async () => {
    expect(await myTasks()).toHaveLength(1);
    const second = (await owner.post(`${base}/tasks`, { title: 'Sound check', startAt: '2026-12-18T18:00:00+07:00', endAt: '2026-12-18T19:00:00+07:00', vendorId })).body;
    expect((await myTasks()).map((x) => x.title)).toEqual(['Pasang sound', 'Sound check']);

    const edited = await owner.patch(`${base}/tasks/${task.id}`, { title: 'Pasang sound system', status: 'in_progress' }, { headers: { 'if-match': `"${task.version}"` } });
    task = edited.body;
    expect(await mine()).toMatchObject({ title: 'Pasang sound system', status: 'in_progress' });

    expect((await owner.patch(`${base}/tasks/${second.id}`, { vendorId: null }, { headers: { 'if-match': `"${second.version}"` } })).status).toBe(200);
    expect((await myTasks()).map((x) => x.title)).toEqual(['Pasang sound system']);

    // An internal task handed to the vendor later.
    const internal = (await owner.post(`${base}/tasks`, { title: 'Gladi', startAt: '2026-12-18T19:00:00+07:00', endAt: '2026-12-18T22:00:00+07:00' })).body;
    expect((await myTasks()).map((x) => x.title)).toEqual(['Pasang sound system']);
    expect((await owner.patch(`${base}/tasks/${internal.id}`, { vendorId }, { headers: { 'if-match': `"${internal.version}"` } })).status).toBe(200);
    expect((await myTasks()).map((x) => x.title)).toEqual(['Pasang sound system', 'Gladi']);
    await owner.delete(`${base}/tasks/${internal.id}`);
    expect((await myTasks()).map((x) => x.title)).toEqual(['Pasang sound system']);
  });

  it('follows checklist items and files the organization changes', async () => {
    await mine();
    await owner.patch(`${base}/tasks/${task.id}/checklist/${task.checklist[0]!.id}`, { done: true });
    expect((await mine())!.checklist[0]).toMatchObject({ done: true, doneBy: 'cache' });
    const upload = await owner.post(`${base}/tasks/${task.id}/attachments`, {
      filename: 'rider.pdf', contentType: 'application/pdf', kind: 'other', data: Buffer.from('%PDF-1.4 rider').toString('base64'),
    });
    expect(upload.status).toBe(201);
    expect((await mine())!.attachments.map((a) => a.filename)).toEqual(['rider.pdf']);
  });

  it('follows the names it shows: event, organization, vendor and people', async () => {
    await mine();
    const event = await owner.get(`${base}`);
    await owner.patch(base, { name: 'Konser Cache 2027' }, { headers: { 'if-match': event.headers.etag as string } });
    expect((await mine())!.eventName).toBe('Konser Cache 2027');

    const org = await owner.get(`/api/orgs/${owner.orgId}`);
    await owner.patch(`/api/orgs/${owner.orgId}`, { name: 'Org Cache Baru' }, { headers: { 'if-match': org.headers.etag as string } });
    expect((await mine())!.organizationName).toBe('Org Cache Baru');

    await owner.patch(`/api/orgs/${owner.orgId}/vendors/${vendorId}`, { name: 'PT Suara Cache Baru' }, { headers: { 'if-match': '"1"' } });
    expect((await mine())!.vendorName).toBe('PT Suara Cache Baru');

    await owner.patch('/api/me', { name: 'Rina' });
    expect((await mine())!.checklist[0]!.doneBy).toBe('Rina');
  });

  it("shows the vendor's own change on its next read", async () => {
    await mine();
    const current = (await mine())!;
    const done = await vendorUser.patch(`/api/me/tasks/${task.id}`, { status: 'done' }, { headers: { 'if-match': `"${(current as unknown as { version: number }).version}"` } });
    expect(done.status).toBe(200);
    expect(await mine()).toMatchObject({ status: 'done' });
  });

  it('keeps answering from the database when the listening connection drops, and picks changes up again', async () => {
    await mine();
    const dropped = await t.sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'listen:vendor_tasks_changed'`,
    );
    expect(dropped.rowCount).toBe(1);
    await owner.post(`${base}/tasks`, { title: 'Load-out', startAt: '2026-12-20T00:00:00+07:00', endAt: '2026-12-20T04:00:00+07:00', vendorId });
    expect((await myTasks()).map((x) => x.title)).toContain('Load-out');
    // Listening again: later changes still show.
    await owner.post(`${base}/tasks`, { title: 'Bongkar panggung', startAt: '2026-12-20T05:00:00+07:00', endAt: '2026-12-20T08:00:00+07:00', vendorId });
    expect((await myTasks()).map((x) => x.title)).toContain('Bongkar panggung');
  });

  it('shows nothing once the user no longer works for the vendor', async () => {
    expect((await myTasks()).length).toBeGreaterThan(0);
    const members = (await owner.get(`/api/orgs/${owner.orgId}/members?limit=50`)).body.items as { id: string; userId: string }[];
    const membership = members.find((m) => m.userId === vendorUser.me!.user.id)!;
    expect((await owner.delete(`/api/orgs/${owner.orgId}/members/${membership.id}`)).status).toBe(204);
    expect(await myTasks()).toEqual([]);
  });

  it('keeps one user’s pages apart from another’s', async () => {
    const other = await join(t.app, owner, 'vendor');
    expect((await other.get('/api/me/tasks')).body.items).toEqual([]);
  });
});

import { taskAttachmentSchema, taskSchema } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, PASSWORD, TestClient, uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

const slot = { startAt: '2026-12-17T08:00:00+07:00', endAt: '2026-12-17T12:00:00+07:00' };
const titles = (task: { checklist: { title: string }[] }) => task.checklist.map((c) => c.title);
const pdf = (text: string) => ({ filename: `${text}.pdf`, contentType: 'application/pdf', kind: 'deliverable', data: Buffer.from(`%PDF-1.4 ${text}`).toString('base64') });

describe('task checklist, edited by the organization', () => {
  let owner: TestClient;
  let coordinator: TestClient;
  let crew: TestClient;
  let base: string;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('checklist');
    coordinator = await join(t.app, owner, 'coordinator');
    crew = await join(t.app, owner, 'crew');
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent())).body.id;
    base = `/api/orgs/${owner.orgId}/events/${event}/tasks`;
  });

  it('adds, renames, ticks, reorders and removes items on an existing task, and audits each change', async () => {
    const task = (await owner.post(base, { title: 'Load-in', ...slot })).body;
    expect(task.checklist).toEqual([]);
    const url = `${base}/${task.id}/checklist`;

    const one = await coordinator.post(url, { title: 'Genset siap' });
    expect(one.status).toBe(201);
    expect(taskSchema.parse(one.body).version).toBe(task.version);
    await coordinator.post(url, { title: 'Rigging aman' });
    const first = await coordinator.post(url, { title: 'Izin venue', position: 0 });
    expect(titles(first.body)).toEqual(['Izin venue', 'Genset siap', 'Rigging aman']);

    const [permit, genset, rigging] = first.body.checklist;
    const renamed = await coordinator.patch(`${url}/${genset.id}`, { title: 'Genset 500 kVA siap' });
    expect(renamed.status).toBe(200);
    const ticked = await coordinator.patch(`${url}/${genset.id}`, { done: true });
    expect(ticked.body.checklist[1]).toMatchObject({ title: 'Genset 500 kVA siap', done: true, doneBy: 'A coordinator' });
    // A rename of a ticked item keeps who ticked it; unticking clears it.
    const again = await owner.patch(`${url}/${genset.id}`, { title: 'Genset 500 kVA', done: true });
    expect(again.body.checklist[1]).toMatchObject({ done: true, doneBy: 'A coordinator' });
    const unticked = await owner.patch(`${url}/${genset.id}`, { done: false });
    expect(unticked.body.checklist[1]).toMatchObject({ done: false, doneBy: null });

    const moved = await coordinator.post(`${url}/${permit.id}/move`, { position: 2 });
    expect(titles(moved.body)).toEqual(['Genset 500 kVA', 'Rigging aman', 'Izin venue']);
    const toTop = await coordinator.post(`${url}/${permit.id}/move`, { position: 0 });
    expect(titles(toTop.body)).toEqual(['Izin venue', 'Genset 500 kVA', 'Rigging aman']);

    const removed = await coordinator.delete(`${url}/${rigging.id}`);
    expect(removed.status).toBe(200);
    expect(titles(removed.body)).toEqual(['Izin venue', 'Genset 500 kVA']);
    expect((await coordinator.delete(`${url}/${rigging.id}`)).status).toBe(404);

    const listed = (await owner.get(base)).body.items.find((x: { id: string }) => x.id === task.id);
    expect(titles(listed)).toEqual(['Izin venue', 'Genset 500 kVA']);
    // The task's version is untouched, so an open edit of its details is not made stale.
    expect((await owner.patch(`${base}/${task.id}`, { priority: 'high' }, { headers: { 'if-match': `"${task.version}"` } })).status).toBe(200);

    const audit = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=task_checklist_item&limit=50`);
    const mine = audit.body.items.filter((e: { after: { taskId?: string } | null; before: { taskId?: string } | null }) => (e.after ?? e.before)?.taskId === task.id);
    expect(mine.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'create', 'create', 'delete', 'update', 'update', 'update', 'update', 'update', 'update']);
  });

  it('validates: a blank title, an empty change, a checklist past 100 items', async () => {
    const task = (await owner.post(base, { title: 'Full', ...slot, checklist: Array.from({ length: 100 }, (_, i) => ({ title: `Item ${i}` })) })).body;
    const url = `${base}/${task.id}/checklist`;
    expect((await owner.post(url, { title: '   ' })).status).toBe(400);
    expect((await owner.patch(`${url}/${task.checklist[0].id}`, {})).status).toBe(400);
    const full = await owner.post(url, { title: 'One more' });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('conflict');
  });

  it('lets crew read but not edit, and answers 404 for another organization’s task or item', async () => {
    const task = (await owner.post(base, { title: 'Crew can read', ...slot, checklist: [{ title: 'A' }] })).body;
    const url = `${base}/${task.id}/checklist`;
    const refused = await crew.post(url, { title: 'B' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect((await crew.patch(`${url}/${task.checklist[0].id}`, { done: true })).status).toBe(403);

    const other = await new TestClient(t.app).signup('other-org');
    const otherEvent = (await other.post(`/api/orgs/${other.orgId}/events`, jakartaEvent())).body.id;
    const otherBase = `/api/orgs/${other.orgId}/events/${otherEvent}/tasks`;
    const otherTask = (await other.post(otherBase, { title: 'Not yours', ...slot, checklist: [{ title: 'Secret' }] })).body;
    // Their task through our organization's path, and our task through theirs.
    expect((await owner.post(`${base}/${otherTask.id}/checklist`, { title: 'x' })).status).toBe(404);
    expect((await owner.patch(`${base}/${otherTask.id}/checklist/${otherTask.checklist[0].id}`, { done: true })).status).toBe(404);
    expect((await owner.patch(`${url}/${otherTask.checklist[0].id}`, { done: true })).status).toBe(404);
    expect((await owner.delete(`${url}/${otherTask.checklist[0].id}`)).status).toBe(404);
    expect((await other.post(`${otherBase}/${task.id}/checklist`, { title: 'x' })).status).toBe(404);
    expect((await owner.post(`/api/orgs/${other.orgId}/events/${otherEvent}/tasks/${otherTask.id}/checklist`, { title: 'x' })).status).toBe(404);
    const untouched = (await other.get(otherBase)).body.items[0];
    expect(untouched.checklist).toMatchObject([{ title: 'Secret', done: false }]);
  });
});

describe('task files, from the organization side', () => {
  let owner: TestClient;
  let manager: TestClient;
  let coordinator: TestClient;
  let crew: TestClient;
  let vendorUser: TestClient;
  let base: string;
  let task: { id: string };

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('files');
    manager = await join(t.app, owner, 'manager');
    coordinator = await join(t.app, owner, 'coordinator');
    crew = await join(t.app, owner, 'crew');
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent())).body.id;
    base = `/api/orgs/${owner.orgId}/events/${event}/tasks`;
    const vendor = (await owner.post(`/api/orgs/${owner.orgId}/vendors`, { name: 'PT Cetak', category: 'printing' })).body;
    const invite = await owner.post(`/api/orgs/${owner.orgId}/vendors/${vendor.id}/invitations`, { email: uniqueEmail('vendor') });
    vendorUser = new TestClient(t.app);
    vendorUser.me = (await vendorUser.post(`/api/invitations/${invite.body.token}/register`, { name: 'Vendor Cetak', password: PASSWORD })).body;
    task = (await owner.post(base, { title: 'Cetak banner', ...slot, vendorId: vendor.id })).body;
  });

  const download = (client: TestClient, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie! } });

  it('uploads, lists, downloads and removes files; the vendor sees the organization’s files and the organization the vendor’s', async () => {
    const files = `${base}/${task.id}/attachments`;
    const brief = await coordinator.post(files, { ...pdf('brief'), kind: 'other' });
    expect(brief.status).toBe(201);
    expect(taskAttachmentSchema.parse(brief.body)).toMatchObject({ filename: 'brief.pdf', uploadedBy: 'A coordinator', canDelete: true, size: 14 });
    const invoice = await vendorUser.post(`/api/me/tasks/${task.id}/attachments`, { ...pdf('invoice'), kind: 'invoice' });
    expect(invoice.status).toBe(201);

    const asCoordinator = await coordinator.get(files);
    expect(asCoordinator.body.items.map((f: { filename: string; canDelete: boolean }) => [f.filename, f.canDelete])).toEqual([['brief.pdf', true], ['invoice.pdf', false]]);
    const asManager = await manager.get(files);
    expect(asManager.body.items.map((f: { canDelete: boolean }) => f.canDelete)).toEqual([true, true]);
    const asCrew = await crew.get(files);
    expect(asCrew.body.items.map((f: { canDelete: boolean }) => f.canDelete)).toEqual([false, false]);

    const got = await download(crew, `${files}/${invoice.body.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe('attachment; filename="invoice.pdf"');
    expect(got.rawPayload.toString()).toBe('%PDF-1.4 invoice');

    const portal = (await vendorUser.get('/api/me/tasks')).body.items[0];
    expect(portal.attachments.map((f: { filename: string }) => f.filename)).toEqual(['brief.pdf', 'invoice.pdf']);
    const vendorDownload = await download(vendorUser, `/api/me/tasks/${task.id}/attachments/${brief.body.id}`);
    expect(vendorDownload.rawPayload.toString()).toBe('%PDF-1.4 brief');

    // Coordinators remove only their own; managers anyone's; crew nothing.
    const notMine = await coordinator.delete(`${files}/${invoice.body.id}`);
    expect(notMine.status).toBe(403);
    expect(notMine.body.code).toBe('forbidden');
    expect((await crew.delete(`${files}/${brief.body.id}`)).status).toBe(403);
    expect((await coordinator.delete(`${files}/${brief.body.id}`)).status).toBe(204);
    expect((await manager.delete(`${files}/${invoice.body.id}`)).status).toBe(204);
    expect((await manager.delete(`${files}/${invoice.body.id}`)).status).toBe(404);
    expect((await coordinator.get(files)).body.items).toEqual([]);
    expect((await vendorUser.get('/api/me/tasks')).body.items[0].attachments).toEqual([]);

    const audit = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=task_attachment`);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete', 'delete']);
  });

  it('applies the portal’s rules: a MIME type, no slashes in names, at most 10 MB', async () => {
    const files = `${base}/${task.id}/attachments`;
    expect((await owner.post(files, { ...pdf('x'), contentType: 'pdf' })).status).toBe(400);
    expect((await owner.post(files, { ...pdf('x'), filename: '../etc/passwd' })).status).toBe(400);
    expect((await owner.post(files, { ...pdf('x'), data: 'not base64!' })).status).toBe(400);
    const big = Buffer.alloc(10 * 1024 * 1024 + 3).toString('base64');
    expect((await owner.post(files, { ...pdf('x'), data: big })).status).toBe(400);
  });

  it('answers 404 for another organization’s task and file', async () => {
    const other = await new TestClient(t.app).signup('other-files');
    const otherEvent = (await other.post(`/api/orgs/${other.orgId}/events`, jakartaEvent())).body.id;
    const otherBase = `/api/orgs/${other.orgId}/events/${otherEvent}/tasks`;
    const otherTask = (await other.post(otherBase, { title: 'Theirs', ...slot })).body;
    const theirs = (await other.post(`${otherBase}/${otherTask.id}/attachments`, pdf('theirs'))).body;
    expect((await owner.get(`${base}/${otherTask.id}/attachments`)).status).toBe(404);
    expect((await owner.post(`${base}/${otherTask.id}/attachments`, pdf('x'))).status).toBe(404);
    expect((await download(owner, `${base}/${task.id}/attachments/${theirs.id}`)).statusCode).toBe(404);
    expect((await owner.delete(`${base}/${task.id}/attachments/${theirs.id}`)).status).toBe(404);
    expect((await other.get(`${otherBase}/${otherTask.id}/attachments`)).body.items).toHaveLength(1);
  });
});

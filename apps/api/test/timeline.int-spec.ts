import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

const at = (hhmm: string, day = '17') => `2026-12-${day}T${hhmm}:00+07:00`;

describe('timeline', () => {
  let owner: TestClient;
  let base: string;
  let event: string;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('timeline');
    event = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent())).body.id;
    base = `/api/orgs/${owner.orgId}/events/${event}`;
  });

  const task = async (title: string, start: string, end: string, extra: Record<string, unknown> = {}) =>
    (await owner.post(`${base}/tasks`, { title, startAt: start, endAt: end, ...extra })).body;

  it('creates phases, tasks and milestones with checklists and assignees, and edits them with If-Match', async () => {
    const crew = await join(t.app, owner, 'crew');
    const phase = await task('Pra-produksi', at('08:00'), at('18:00'), { kind: 'phase' });
    const created = await owner.post(`${base}/tasks`, {
      title: 'Load-in panggung', startAt: at('08:00'), endAt: at('12:00'), parentId: phase.id, priority: 'high',
      assigneeIds: [crew.me!.user.id], checklist: [{ title: 'Genset siap' }, { title: 'Rigging aman', done: true }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ parentId: phase.id, assigneeIds: [crew.me!.user.id], status: 'todo' });
    expect(created.body.checklist.map((c: { title: string; done: boolean }) => [c.title, c.done])).toEqual([['Genset siap', false], ['Rigging aman', true]]);
    const milestone = await task('Gladi bersih selesai', at('20:00'), at('23:00'), { kind: 'milestone' });
    expect(milestone.endAt).toBe(milestone.startAt);

    const stale = await owner.patch(`${base}/tasks/${created.body.id}`, { status: 'in_progress' }, { headers: { 'if-match': '"9"' } });
    expect(stale.status).toBe(412);
    const ok = await owner.patch(`${base}/tasks/${created.body.id}`, { status: 'in_progress' }, { headers: { 'if-match': '"1"' } });
    expect(ok.body).toMatchObject({ status: 'in_progress', version: 2 });
    const stranger = await new TestClient(t.app).signup('stranger');
    const bad = await owner.post(`${base}/tasks`, { title: 'x', startAt: at('08:00'), endAt: at('07:00'), assigneeIds: [stranger.me!.user.id] });
    expect(bad.status).toBe(400);
    expect((await crew.get(`${base}/tasks`)).status).toBe(200);
    expect((await crew.post(`${base}/tasks`, { title: 'x', startAt: at('08:00'), endAt: at('09:00') })).status).toBe(403);
  });

  it('refuses a dependency cycle and names it', async () => {
    const a = await task('Rigging', at('08:00'), at('10:00'));
    const b = await task('Sound check', at('10:00'), at('11:00'));
    const c = await task('Doors open', at('18:00'), at('18:00'), { kind: 'milestone' });
    expect((await owner.post(`${base}/dependencies`, { predecessorId: a.id, successorId: b.id })).status).toBe(201);
    expect((await owner.post(`${base}/dependencies`, { predecessorId: b.id, successorId: c.id })).status).toBe(201);
    const cycle = await owner.post(`${base}/dependencies`, { predecessorId: c.id, successorId: a.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.detail).toBe('This dependency would make a cycle: Doors open → Rigging → Sound check → Doors open');
    expect((await owner.post(`${base}/dependencies`, { predecessorId: a.id, successorId: b.id })).status).toBe(409);
  });

  it('previews and applies a move that shifts dependents, keeping every dependency', async () => {
    const org = await new TestClient(t.app).signup('mover');
    const ev = (await org.post(`/api/orgs/${org.orgId}/events`, jakartaEvent())).body.id;
    const b = `/api/orgs/${org.orgId}/events/${ev}`;
    const mk = async (title: string, s: string, e: string) => (await org.post(`${b}/tasks`, { title, startAt: s, endAt: e })).body;
    const stage = await mk('Bangun panggung', at('08:00'), at('12:00'));
    const lights = await mk('Pasang lampu', at('12:00'), at('15:00'));
    const show = await mk('Show', at('19:00'), at('22:00'));
    await org.post(`${b}/dependencies`, { predecessorId: stage.id, successorId: lights.id, type: 'FS' });
    await org.post(`${b}/dependencies`, { predecessorId: lights.id, successorId: show.id, type: 'FS', lagMinutes: 60 });

    const baseline = await org.post(`${b}/schedule/baselines`, { name: 'Rencana awal' });
    expect(baseline.body).toMatchObject({ name: 'Rencana awal', taskCount: 3 });
    const preview = await org.post(`${b}/tasks/${stage.id}/move`, { startAt: at('10:00'), preview: true });
    expect(preview.body.applied).toBe(false);
    expect(preview.body.shifts.map((s: { title: string; toStart: string }) => [s.title, s.toStart])).toEqual([
      ['Bangun panggung', '2026-12-17T03:00:00.000Z'],
      ['Pasang lampu', '2026-12-17T07:00:00.000Z'],
    ]);
    expect((await org.get(`${b}/tasks`)).body.items.find((x: { id: string }) => x.id === stage.id).startAt).toBe('2026-12-17T01:00:00.000Z');

    const applied = await org.post(`${b}/tasks/${stage.id}/move`, { startAt: at('14:00') });
    expect(applied.body.applied).toBe(true);
    const tasks = (await org.get(`${b}/tasks`)).body.items as { id: string; startAt: string; endAt: string; version: number }[];
    const byId = new Map(tasks.map((x) => [x.id, x]));
    expect(byId.get(stage.id)).toMatchObject({ startAt: '2026-12-17T07:00:00.000Z', endAt: '2026-12-17T11:00:00.000Z' });
    expect(byId.get(lights.id)).toMatchObject({ startAt: '2026-12-17T11:00:00.000Z', endAt: '2026-12-17T14:00:00.000Z' });
    expect(byId.get(show.id)).toMatchObject({ startAt: '2026-12-17T15:00:00.000Z' });

    const schedule = (await org.get(`${b}/schedule`)).body;
    expect(schedule.criticalPath).toEqual([stage.id, lights.id, show.id]);
    expect(schedule.projectFinish).toBe('2026-12-17T18:00:00.000Z');
    const slip = await org.get(`${b}/schedule/baselines/${baseline.body.id}/comparison`);
    expect(slip.body.tasks.map((x: { title: string; slipMinutes: number }) => [x.title, x.slipMinutes])).toEqual([
      ['Bangun panggung', 360], ['Pasang lampu', 360], ['Show', 180],
    ]);
    const history = await org.get(`/api/orgs/${org.orgId}/audit?entityType=task_move`);
    expect(history.body.items).toHaveLength(1);
  });

  it('keeps comments on a task', async () => {
    const x = await task('Catering kru', at('11:00'), at('12:00'));
    expect((await owner.post(`${base}/tasks/${x.id}/comments`, { body: 'Nasi kotak 120 porsi' })).status).toBe(201);
    const list = await owner.get(`${base}/tasks/${x.id}/comments`);
    expect(list.body.items.map((c: { body: string; author: string }) => [c.body, c.author])).toEqual([['Nasi kotak 120 porsi', 'timeline']]);
  });
});

import { analyzeSchedule } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

const at = (hhmm: string) => `2026-12-17T${hhmm}:00+07:00`;
const minutes = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

/*
 * The schedule is kept until a change to it is committed (ScheduleCache). Every read here follows a
 * change with no wait and must equal the schedule computed afresh from the tasks and dependencies
 * the API lists at that moment.
 */
describe('schedule after every kind of change', () => {
  let owner: TestClient;
  let base: string;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('schedule-cache');
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent())).body.id;
    base = `/api/orgs/${owner.orgId}/events/${event}`;
  });

  async function expectFresh() {
    const tasks = (await owner.get(`${base}/tasks?limit=5000`)).body.items as { id: string; startAt: string; endAt: string }[];
    const deps = (await owner.get(`${base}/dependencies?limit=10000`)).body.items as { predecessorId: string; successorId: string; type: 'FS'; lagMinutes: number }[];
    const fresh = analyzeSchedule(
      tasks.map((x) => ({ id: x.id, start: minutes(x.startAt), duration: minutes(x.endAt) - minutes(x.startAt) })),
      deps.map((d) => ({ predecessorId: d.predecessorId, successorId: d.successorId, type: d.type, lag: d.lagMinutes })),
    );
    const res = await owner.get(`${base}/schedule`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.criticalPath).toEqual(fresh.criticalPath);
    expect(res.body.projectFinish).toBe(fresh.projectFinish === null ? null : new Date(fresh.projectFinish * 60_000).toISOString());
    const slack = Object.fromEntries(res.body.tasks.map((x: { taskId: string; slackMinutes: number }) => [x.taskId, x.slackMinutes]));
    expect(slack).toEqual(Object.fromEntries([...fresh.timing].map(([id, timing]) => [id, timing.slack])));
    return res.body;
  }

  it('follows tasks and dependencies added, moved, resized, cascaded, written behind the API and removed', async () => {
    expect((await expectFresh()).tasks).toEqual([]);
    const mk = async (title: string, s: string, e: string) => (await owner.post(`${base}/tasks`, { title, startAt: s, endAt: e })).body;
    const stage = await mk('Bangun panggung', at('08:00'), at('12:00'));
    await expectFresh();
    const lights = await mk('Pasang lampu', at('12:00'), at('15:00'));
    const show = await mk('Show', at('19:00'), at('22:00'));
    await expectFresh();

    const link = (await owner.post(`${base}/dependencies`, { predecessorId: stage.id, successorId: lights.id })).body;
    await owner.post(`${base}/dependencies`, { predecessorId: lights.id, successorId: show.id, lagMinutes: 60 });
    expect((await expectFresh()).criticalPath).toContain(show.id);

    // Resized with If-Match, then moved with its dependents (one cascade, many rows).
    await owner.patch(`${base}/tasks/${show.id}`, { endAt: at('23:30') }, { headers: { 'if-match': `"${show.version}"` } });
    await expectFresh();
    await owner.post(`${base}/tasks/${stage.id}/move`, { startAt: at('14:00') });
    expect((await expectFresh()).projectFinish).not.toBe(null);

    // A title change leaves the schedule as it was; it is still what a fresh read gives.
    const current = (await owner.get(`${base}/tasks`)).body.items.find((x: { id: string }) => x.id === lights.id);
    await owner.patch(`${base}/tasks/${lights.id}`, { title: 'Pasang lampu & LED' }, { headers: { 'if-match': `"${current.version}"` } });
    await expectFresh();

    // Written behind the API's back (another replica, a migration): the trigger still announces it.
    await t.sql.query(`UPDATE tasks SET end_at = end_at + interval '5 hours' WHERE id = $1`, [lights.id]);
    await expectFresh();
    await t.sql.query(`UPDATE task_dependencies SET lag_minutes = 240 WHERE id = $1`, [link.id]);
    await expectFresh();

    await owner.delete(`${base}/dependencies/${link.id}`);
    await expectFresh();
    await owner.delete(`${base}/tasks/${show.id}`);
    expect((await expectFresh()).tasks).toHaveLength(2);
  });
});

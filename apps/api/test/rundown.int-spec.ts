import { request } from 'node:http';
import { cueSchema } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

/** Opens an SSE stream and collects its `rundown` events. */
function openStream(port: number, path: string, cookie: string) {
  const events: { live: { currentCueId: string | null } }[] = [];
  const waiters: (() => void)[] = [];
  const req = request({ host: '127.0.0.1', port, path, headers: { cookie, accept: 'text/event-stream' } }, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data) {
          events.push(JSON.parse(data.slice(6)));
          waiters.splice(0).forEach((w) => w());
        }
      }
    });
  });
  req.end();
  const next = (count: number, ms = 1000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${events.length} events after ${ms} ms`)), ms);
      const check = () => (events.length >= count ? (clearTimeout(timer), resolve()) : waiters.push(check));
      check();
    });
  return { events, next, close: () => req.destroy() };
}

describe('run of show', () => {
  let owner: TestClient;
  let base: string;
  let port: number;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('show-caller');
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent())).body.id;
    base = `/api/orgs/${owner.orgId}/events/${event}/rundown/2026-12-19`;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as { port: number }).port;
  });


  it('keeps cues back to back from the day start, recomputing times on reorder', async () => {
    expect((await owner.get(base)).status).toBe(404);
    expect((await owner.request('PUT', base, { body: { startsAt: '2026-12-19T19:00:00+07:00' }, headers: { 'if-none-match': '*' } })).status).toBe(200);
    await owner.post(`${base}/cues`, { title: 'Opening', durationSeconds: 300, owner: 'Stage manager', lights: 'Blackout → wash' });
    await owner.post(`${base}/cues`, { title: 'Band 1', durationSeconds: 1800, audio: 'Playback off' });
    const three = await owner.post(`${base}/cues`, { title: 'MC break', durationSeconds: 120 });
    expect(three.body.cues.map((c: { plannedStart: string }) => c.plannedStart)).toEqual([
      '2026-12-19T12:00:00.000Z', '2026-12-19T12:05:00.000Z', '2026-12-19T12:35:00.000Z',
    ]);
    const mc = three.body.cues[2];
    const moved = await owner.post(`${base}/cues/${mc.id}/move`, { position: 1 });
    expect(moved.body.cues.map((c: { title: string; plannedStart: string }) => `${c.title}@${c.plannedStart.slice(11, 16)}`)).toEqual([
      'Opening@12:00', 'MC break@12:05', 'Band 1@12:07',
    ]);
    const edited = await owner.patch(`${base}/cues/${mc.id}`, { durationSeconds: 180 }, { headers: { 'if-match': `"${mc.version}"` } });
    expect(edited.body.cues[2].plannedStart).toBe('2026-12-19T12:08:00.000Z');
    const stale = await owner.patch(`${base}/cues/${mc.id}`, { title: 'x' }, { headers: { 'if-match': `"${mc.version}"` } });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('precondition_failed');
    expect(cueSchema.strict().parse(stale.body.current)).toEqual(edited.body.cues.find((c: { id: string }) => c.id === mc.id));
    expect(stale.body.current).not.toHaveProperty('duration_seconds');
  });

  it('advances live and every open stream sees it within a second', async () => {
    const a = openStream(port, `${base}/live/stream`, owner.cookie!);
    const b = openStream(port, `${base}/live/stream`, owner.cookie!);
    try {
      await Promise.all([a.next(1), b.next(1)]);
      expect(a.events[0]!.live.currentCueId).toBeNull();
      const started = await owner.post(`${base}/live`, { action: 'start' });
      const opening = started.body.cues[0].id;
      expect(started.body.live.currentCueId).toBe(opening);
      await Promise.all([a.next(2), b.next(2)]);
      expect(b.events[1]!.live.currentCueId).toBe(opening);
      const next = await owner.post(`${base}/live`, { action: 'next' });
      await Promise.all([a.next(3), b.next(3)]);
      expect(a.events[2]!.live.currentCueId).toBe(next.body.cues[1].id);
      expect((await owner.post(`${base}/live`, { action: 'start' })).status).toBe(409);
    } finally {
      a.close();
      b.close();
    }
  });

  it('refuses the stream and the controls to those without the schedule permissions', async () => {
    const stranger = await new TestClient(t.app).signup('outsider');
    expect((await stranger.post(`${base}/live`, { action: 'next' })).status).toBe(404);
  });

  it('assigns a cue to a member of the organization, and to nobody else', async () => {
    const crew = await join(t.app, owner, 'crew');
    const stranger = await new TestClient(t.app).signup('not-a-member');
    const made = await owner.post(`${base}/cues`, { title: 'Stage call', durationSeconds: 60, owner: 'Stage manager', assigneeId: crew.me.user.id });
    expect(made.status).toBe(201);
    const cue = made.body.cues.find((c: { title: string }) => c.title === 'Stage call');
    expect(cue).toMatchObject({ owner: 'Stage manager', assigneeId: crew.me.user.id, assigneeName: crew.me.user.name });

    const refused = await owner.patch(`${base}/cues/${cue.id}`, { assigneeId: stranger.me.user.id }, { headers: { 'if-match': `"${cue.version}"` } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '/body/assigneeId' })]);

    const vendor = await join(t.app, owner, 'vendor');
    const toVendor = await owner.patch(`${base}/cues/${cue.id}`, { assigneeId: vendor.me!.user.id }, { headers: { 'if-match': `"${cue.version}"` } });
    expect(toVendor.status).toBe(400);

    // The assignee leaves: the cue keeps its assignee and stays editable.
    const members = await owner.get(`/api/orgs/${owner.orgId}/members`);
    const membership = members.body.items.find((m: { userId: string }) => m.userId === crew.me!.user.id);
    expect((await owner.delete(`/api/orgs/${owner.orgId}/members/${membership.id}`)).status).toBe(204);
    const renamed = await owner.patch(`${base}/cues/${cue.id}`, { title: 'Stage call (5 min)', assigneeId: crew.me!.user.id }, { headers: { 'if-match': `"${cue.version}"` } });
    expect(renamed.status).toBe(200);
    const edited = renamed.body.cues.find((c: { id: string }) => c.id === cue.id);

    const cleared = await owner.patch(`${base}/cues/${cue.id}`, { assigneeId: null }, { headers: { 'if-match': `"${edited.version}"` } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.cues.find((c: { id: string }) => c.id === cue.id)).toMatchObject({ assigneeId: null, assigneeName: null, owner: 'Stage manager' });
  });
});

import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

/** Fetches a feed URL without any session and returns its events as "summary @ local start". */
async function readFeed(url: string): Promise<{ status: number; entries: string[]; name?: string }> {
  const res = await new TestClient(t.app).get(new URL(url).pathname);
  if (res.status !== 200) return { status: res.status, entries: [] };
  const calendar = new ICAL.Component(ICAL.parse(res.body as string));
  const entries = calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    expect(v.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Jakarta');
    const at = event.startDate;
    return `${event.summary} @ ${at.day} ${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
  });
  return { status: 200, entries: entries.sort(), name: calendar.getFirstPropertyValue('x-wr-calname') as string };
}

describe('calendar feeds', () => {
  let owner: TestClient;
  let crew: TestClient;
  let base: string;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('calendar');
    crew = await join(t.app, owner, 'crew');
    const eventId = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ name: 'Konser Senja' }))).body.id;
    base = `/api/orgs/${owner.orgId}/events/${eventId}`;
    await owner.post(`${base}/tasks`, { title: 'Gladi bersih', startAt: '2026-12-18T19:00:00+07:00', endAt: '2026-12-18T22:00:00+07:00' });
    await owner.post(`${base}/tasks`, { title: 'Cek panggung', startAt: '2026-12-19T14:00:00+07:00', endAt: '2026-12-19T15:00:00+07:00', assigneeIds: [crew.me!.user.id] });
    const day = `${base}/rundown/2026-12-19`;
    await owner.request('PUT', day, { body: { startsAt: '2026-12-19T19:00:00+07:00' }, headers: { 'if-none-match': '*' } });
    await owner.post(`${day}/cues`, { title: 'Pintu dibuka', durationSeconds: 3600 });
    await owner.post(`${day}/cues`, { title: 'Opening act', durationSeconds: 1800, owner: 'Stage manager', assigneeId: crew.me!.user.id });
    await owner.post(`${day}/cues`, { title: 'MC pembuka', durationSeconds: 300 });
  });

  it("publishes an event's tasks and cues at their planned times, named after the event", async () => {
    const feed = await owner.post(`${base}/calendar-feeds`);
    expect(feed.status).toBe(201);
    expect(feed.body).toMatchObject({ scope: 'event', eventName: 'Konser Senja' });
    const read = await readFeed(feed.body.url);
    expect(read.name).toBe('Konser Senja');
    expect(read.entries).toEqual(['Cek panggung @ 19 14:00', 'Gladi bersih @ 18 19:00', 'MC pembuka @ 19 20:30', 'Opening act @ 19 20:00', 'Pintu dibuka @ 19 19:00']);

    const listed = await owner.get('/api/me/calendar-feeds');
    expect(listed.body.items).toEqual([{ id: feed.body.id, scope: 'event', eventId: feed.body.eventId, eventName: 'Konser Senja', createdAt: feed.body.createdAt }]);
  });

  it("revokes an event feed for good, and the organization's audit log shows who made and who stopped it", async () => {
    const feed = await owner.post(`${base}/calendar-feeds`);
    expect((await owner.delete(`/api/me/calendar-feeds/${feed.body.id}`)).status).toBe(204);
    expect((await readFeed(feed.body.url)).status).toBe(404);
    expect((await owner.delete(`/api/me/calendar-feeds/${feed.body.id}`)).status).toBe(404);
    expect((await owner.get('/api/me/calendar-feeds')).body.items.map((f: { id: string }) => f.id)).not.toContain(feed.body.id);

    const audit = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=calendar_feed`);
    const entries = audit.body.items.filter((a: { entityId: string }) => a.entityId === feed.body.id);
    expect(entries.map((a: { action: string; actorId: string | null }) => [a.action, a.actorId])).toEqual([
      ['delete', owner.me!.user.id],
      ['create', owner.me!.user.id],
    ]);
    expect(entries[0].before).toEqual({ eventId: feed.body.eventId, scope: 'event' });
  });

  it("puts the cues and tasks assigned to a person in that person's own feed", async () => {
    const feed = await crew.post('/api/me/calendar-feeds');
    expect(feed.status).toBe(201);
    const read = await readFeed(feed.body.url);
    expect(read.entries).toEqual(['Cek panggung — Konser Senja @ 19 14:00', 'Opening act — Konser Senja @ 19 20:00']);
  });

  it('stops an event feed once its owner leaves the organization, and refuses those without the schedule', async () => {
    const feed = await crew.post(`${base}/calendar-feeds`);
    expect(feed.status).toBe(201);
    expect((await readFeed(feed.body.url)).status).toBe(200);

    const vendor = await join(t.app, owner, 'vendor');
    expect((await vendor.post(`${base}/calendar-feeds`)).status).toBe(403);
    const stranger = await new TestClient(t.app).signup('calendar-stranger');
    expect((await stranger.post(`/api/orgs/${stranger.orgId}/events/${base.split('/').pop()}/calendar-feeds`)).status).toBe(404);

    const members = await owner.get(`/api/orgs/${owner.orgId}/members`);
    const membership = members.body.items.find((m: { userId: string }) => m.userId === crew.me!.user.id);
    const ownFeed = await crew.post('/api/me/calendar-feeds');
    expect((await owner.delete(`/api/orgs/${owner.orgId}/members/${membership.id}`)).status).toBe(204);
    expect((await readFeed(feed.body.url)).status).toBe(404);
    // Nothing of the organization stays behind: not the event's name in the list, not its tasks or cues.
    expect((await crew.get('/api/me/calendar-feeds')).body.items.map((f: { scope: string }) => f.scope)).toEqual(['user', 'user']);
    expect((await readFeed(ownFeed.body.url)).entries).toEqual([]);

    const audit = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=calendar_feed`);
    expect(audit.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ entityId: feed.body.id, action: 'create' })]));
  });
});

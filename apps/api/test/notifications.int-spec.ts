import { describe, expect, it } from 'vitest';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { jakartaEvent, join, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

describe('notifications', () => {
  it('tells assignees about assignment, due-date changes and comments, in-app and by email in their language', async () => {
    const manager = await new TestClient(t.app).signup('manager');
    const crew = await join(t.app, manager, 'crew');
    await crew.patch('/api/me', { locale: 'en' });
    const event = (await manager.post(`/api/orgs/${manager.orgId}/events`, jakartaEvent({ name: 'Konser Senja' }))).body.id;
    const base = `/api/orgs/${manager.orgId}/events/${event}`;
    const task = (await manager.post(`${base}/tasks`, {
      title: 'Jemput artis di bandara', startAt: '2026-12-18T09:00:00+07:00', endAt: '2026-12-18T11:00:00+07:00', assigneeIds: [crew.me!.user.id],
    })).body;
    await manager.patch(`${base}/tasks/${task.id}`, { endAt: '2026-12-18T12:00:00+07:00' }, { headers: { 'if-match': '"1"' } });
    await manager.post(`${base}/tasks/${task.id}/comments`, { body: 'Pesawat delay 1 jam' });

    const inbox = await crew.get('/api/me/notifications');
    expect(inbox.body.unread).toBe(3);
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toEqual(['task_comment', 'task_due_changed', 'task_assigned']);
    expect(inbox.body.items[0]).toMatchObject({
      organizationName: 'Org manager',
      data: { taskTitle: 'Jemput artis di bandara', eventName: 'Konser Senja', actorName: 'manager', comment: 'Pesawat delay 1 jam' },
      link: `/orgs/${manager.orgId}/events/${event}/timeline?task=${task.id}`,
    });
    expect((await manager.get('/api/me/notifications')).body.unread).toBe(0);

    const marked = await crew.post('/api/me/notifications/read', { ids: [inbox.body.items[0].id] });
    expect(marked.body).toEqual({ updated: 1, unread: 2 });
    expect((await crew.post('/api/me/notifications/read', { all: true })).body).toEqual({ updated: 2, unread: 0 });

    const { rows } = await t.sql.query(`SELECT subject FROM email_outbox WHERE to_email = $1 ORDER BY id`, [crew.me!.user.email]);
    expect(rows.map((r) => r.subject)).toEqual([
      'New task: Jemput artis di bandara', 'Due date changed: Jemput artis di bandara', 'New comment: Jemput artis di bandara',
    ]);
    const sent = await t.app.get(OutboxService).drain();
    expect(sent).toBeGreaterThanOrEqual(3);
    const { rows: after } = await t.sql.query(`SELECT transport FROM email_outbox WHERE to_email = $1 AND sent_at IS NOT NULL`, [crew.me!.user.email]);
    expect(after.map((r) => r.transport)).toEqual(['log', 'log', 'log']);
  });
});

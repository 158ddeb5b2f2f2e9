import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, notificationText } from './notification.schemas.js';

const data = { taskTitle: 'Kirim sound system', eventName: 'Konser Senja', actorName: 'Budi Vendor', status: 'in_progress' as const, comment: 'Truk tiba' };

describe('notification emails', () => {
  it('says a status change in the recipient language, with the status in words', () => {
    expect(notificationText('task_status_changed', data, 'id-ID')).toEqual({
      subject: 'Status berubah: Kirim sound system',
      body: 'Budi Vendor mengubah status "Kirim sound system" (Konser Senja) menjadi Sedang dikerjakan.',
    });
    expect(notificationText('task_status_changed', data, 'en')).toEqual({
      subject: 'Status changed: Kirim sound system',
      body: 'Budi Vendor changed the status of "Kirim sound system" (Konser Senja) to In progress.',
    });
  });

  it('has a subject and a body for every kind in both languages', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const locale of ['id-ID', 'en'] as const) {
        const text = notificationText(kind, data, locale);
        expect(text.subject.length).toBeGreaterThan(0);
        expect(text.body).toContain('Kirim sound system');
      }
    }
  });
});

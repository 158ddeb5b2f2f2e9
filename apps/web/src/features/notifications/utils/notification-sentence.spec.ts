import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../lib/i18n';
import { notificationSentence, relativeTime } from './notification-sentence';

const instance = i18next.createInstance();
await instance.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false }, initAsync: false });
const tEn = instance.getFixedT('en');
const tId = instance.getFixedT('id');

const data = { taskTitle: 'Sound check', eventName: 'Konser Senja', actorName: 'Rina', endAt: '2026-12-19T15:00:00.000Z' };

describe('notification sentences', () => {
  it('renders each kind in English', () => {
    expect(notificationSentence(tEn, { kind: 'task_assigned', data }, 'en-US', 'Asia/Jakarta')).toBe('Rina assigned you “Sound check” in Konser Senja');
    expect(notificationSentence(tEn, { kind: 'task_due_changed', data }, 'en-US', 'Asia/Jakarta')).toBe(
      'Rina changed the dates of “Sound check” in Konser Senja; it now ends 19 Dec 2026, 22:00 WIB (UTC+7)',
    );
    expect(notificationSentence(tEn, { kind: 'task_comment', data: { ...data, comment: 'Mic 3 is dead' } }, 'en-US')).toBe(
      'Rina commented on “Sound check”: Mic 3 is dead',
    );
  });

  it('renders the same notification in Bahasa Indonesia', () => {
    expect(notificationSentence(tId, { kind: 'task_assigned', data }, 'id-ID', 'Asia/Jakarta')).toBe('Rina menugaskan “Sound check” kepada Anda di Konser Senja');
    expect(notificationSentence(tId, { kind: 'task_due_changed', data }, 'id-ID', 'Asia/Jakarta')).toBe(
      'Rina mengubah jadwal “Sound check” di Konser Senja; kini selesai 19 Des 2026, 22.00 WIB',
    );
  });

  it('says a vendor status change with the status in the reader language', () => {
    const changed = { kind: 'task_status_changed' as const, data: { ...data, actorName: 'Budi Vendor', status: 'blocked' as const } };
    expect(notificationSentence(tEn, changed, 'en-US')).toBe('Budi Vendor set “Sound check” in Konser Senja to Blocked');
    expect(notificationSentence(tId, changed, 'id-ID')).toBe('Budi Vendor mengubah status “Sound check” di Konser Senja menjadi Terhambat');
  });

  it('falls back to "someone" without an actor and without a due date', () => {
    expect(notificationSentence(tEn, { kind: 'task_due_changed', data: { taskTitle: 'Load-in', eventName: 'Expo', actorName: null } }, 'en-US')).toBe(
      'Someone changed the dates of “Load-in” in Expo',
    );
    expect(notificationSentence(tId, { kind: 'task_assigned', data: { taskTitle: 'Load-in', eventName: 'Expo', actorName: null } }, 'id-ID')).toBe(
      'Seseorang menugaskan “Load-in” kepada Anda di Expo',
    );
  });

  it('says how long ago, in the reader language', () => {
    const now = Date.parse('2026-12-19T15:00:00Z');
    expect(relativeTime('2026-12-19T14:55:00Z', now, 'en-US')).toBe('5 min. ago');
    expect(relativeTime('2026-12-19T14:55:00Z', now, 'id-ID')).toBe('5 mnt lalu');
  });
});

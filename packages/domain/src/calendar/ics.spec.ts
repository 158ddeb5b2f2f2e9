import { describe, expect, it } from 'vitest';
import { toIcs } from './ics.js';

describe('toIcs', () => {
  const item = {
    uid: 'task-1@rundown',
    title: 'Load-in panggung; sound, lights',
    location: 'Istora Senayan, Jakarta',
    description: 'Bawa 2 genset\nCek kabel',
    start: '2026-12-17T01:00:00.000Z',
    end: '2026-12-17T09:00:00.000Z',
    timeZone: 'Asia/Jakarta',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };

  it('writes times in the event time zone with its offset, and escapes text', () => {
    const ics = toIcs('Rundown', [item], '2026-11-23T00:00:00.000Z');
    expect(ics).toContain('DTSTART;TZID=Asia/Jakarta:20261217T080000');
    expect(ics).toContain('DTEND;TZID=Asia/Jakarta:20261217T160000');
    expect(ics).toContain('TZOFFSETTO:+0700');
    expect(ics).toContain('SUMMARY:Load-in panggung\\; sound\\, lights');
    expect(ics).toContain('DESCRIPTION:Bawa 2 genset\\nCek kabel');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('keeps seconds, since cues run to the second', () => {
    const ics = toIcs('Rundown', [{ ...item, start: '2026-12-19T13:01:30.000Z', end: '2026-12-19T13:02:15.000Z' }]);
    expect(ics).toContain('DTSTART;TZID=Asia/Jakarta:20261219T200130');
    expect(ics).toContain('DTEND;TZID=Asia/Jakarta:20261219T200215');
  });

  it('folds long lines', () => {
    const ics = toIcs('Rundown', [{ ...item, title: 'x'.repeat(200) }]);
    expect(ics).toContain('\r\n x');
  });
});

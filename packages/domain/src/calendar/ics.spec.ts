import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('toIcs text properties (RFC 5545 §3.3.11, §3.1)', () => {
  const base = {
    uid: 'task-1@rundown',
    start: '2026-12-17T01:00:00.000Z',
    end: '2026-12-17T09:00:00.000Z',
    timeZone: 'Asia/Jakarta',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
  const PROPERTIES = /^(BEGIN|END|VERSION|PRODID|CALSCALE|X-WR-CALNAME|TZID|DTSTART|TZOFFSETFROM|TZOFFSETTO|UID|DTSTAMP|LAST-MODIFIED|DTEND|SUMMARY|LOCATION|DESCRIPTION|STATUS)[:;]/;
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const hostile = fc.string({ unit: fc.oneof(fc.constantFrom('\r', '\n', '\r\n', ';', ',', '\\', ':', '\t', '\u0000', '\u001b', 'é', '😀', 'BEGIN:VEVENT', 'x'), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 60 });

  it('never lets a title, location, description or calendar name start a line of its own', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (title, location, description, name) => {
        const ics = toIcs(name, [{ ...base, title, location, description }], '2026-11-23T00:00:00.000Z');
        expect(ics.endsWith('\r\n')).toBe(true);
        const physical = ics.slice(0, -2).split('\r\n');
        // No bare CR or LF anywhere: every line break is the CRLF between content lines.
        for (const line of physical) expect(/[\r\n]/.test(line)).toBe(false);
        for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const lines = ics.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
        for (const line of lines) expect(line).toMatch(PROPERTIES);
        const value = (prop: string) => lines.filter((l) => l.startsWith(`${prop}:`)).map((l) => l.slice(prop.length + 1));
        const expected = (s: string) => s.replace(/\r\n|\r|\n/g, '\n').replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, (c) => (c === '\n' ? c : ''));
        expect(value('SUMMARY').map(unescape)).toEqual([expected(title)]);
        expect(value('X-WR-CALNAME').map(unescape)).toEqual([expected(name)]);
        if (location) expect(value('LOCATION').map(unescape)).toEqual([expected(location)]);
        if (description) expect(value('DESCRIPTION').map(unescape)).toEqual([expected(description)]);
      }),
      { numRuns: 300 },
    );
  });

  it('turns a bare CR into an escaped line break', () => {
    const ics = toIcs('Rundown', [{ ...base, title: 'Load-in\rBEGIN:VEVENT\rSUMMARY:injected' }]);
    expect(ics).toContain('SUMMARY:Load-in\\nBEGIN:VEVENT\\nSUMMARY:injected');
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoShiftDays, DEMO_WRITTEN_ON, shiftDemoDate, todayIn } from './demo-calendar.js';

describe('demo calendar', () => {
  it('leaves the dates as written on the day they were written', () => {
    expect(demoShiftDays(DEMO_WRITTEN_ON)).toBe(0);
    expect(shiftDemoDate('2026-12-19T19:00:00+07:00', 0)).toBe('2026-12-19T19:00:00+07:00');
  });

  it('moves dates and date-times by whole days across months, years and leap days', () => {
    expect(demoShiftDays('2027-03-01')).toBe(89);
    expect(shiftDemoDate('2026-12-19T19:00:00+07:00', 89)).toBe('2027-03-18T19:00:00+07:00');
    expect(shiftDemoDate('2026-11-28T18:00:00+08:00', 458)).toBe('2028-02-29T18:00:00+08:00');
    expect(shiftDemoDate('2026-12-19', -30)).toBe('2026-11-19');
  });

  it('keeps the distance between any two demo moments', () => {
    const moment = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => `${d.toISOString().slice(0, 19)}+07:00`);
    fc.assert(
      fc.property(moment, moment, fc.integer({ min: -3000, max: 3000 }), (a, b, days) => {
        const gap = Date.parse(b) - Date.parse(a);
        expect(Date.parse(shiftDemoDate(b, days)) - Date.parse(shiftDemoDate(a, days))).toBe(gap);
        expect(Date.parse(shiftDemoDate(a, days)) - Date.parse(a)).toBe(days * 86_400_000);
      }),
    );
  });

  it("takes today's date in the organization's zone, not the server's", () => {
    const lateEveningUtc = new Date('2026-12-02T20:00:00Z');
    expect(todayIn('Asia/Jakarta', lateEveningUtc)).toBe('2026-12-03');
    expect(todayIn('UTC', lateEveningUtc)).toBe('2026-12-02');
  });
});

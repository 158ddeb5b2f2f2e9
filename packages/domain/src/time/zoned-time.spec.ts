import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromZonedLocal, toZonedLocal } from './zoned-time.js';

describe('zoned time', () => {
  it('converts Jakarta wall time (UTC+7, no DST)', () => {
    expect(fromZonedLocal('2026-12-31T19:30', 'Asia/Jakarta')).toBe('2026-12-31T12:30:00.000Z');
    expect(toZonedLocal('2026-12-31T12:30:00.000Z', 'Asia/Jakarta')).toBe('2026-12-31T19:30');
  });

  it('handles a DST gap and overlap', () => {
    // 02:30 does not exist in New York on 2026-03-08; the later offset is used.
    expect(fromZonedLocal('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 2026-11-01; the earlier instant wins.
    expect(fromZonedLocal('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('rejects malformed input', () => {
    expect(fromZonedLocal('2026-13-01', 'Asia/Jakarta')).toBeNull();
  });

  it('round-trips any minute in any of our zones', () => {
    const zones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC', 'Europe/London', 'America/New_York'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 365 * 24 * 60 }), fc.constantFrom(...zones), (minutes, zone) => {
        const iso = new Date(Date.UTC(1990, 0, 1) + minutes * 60000).toISOString();
        const local = toZonedLocal(iso, zone);
        const back = fromZonedLocal(local, zone);
        expect(back).not.toBeNull();
        expect(toZonedLocal(back!, zone)).toBe(local);
      }),
    );
  });
});

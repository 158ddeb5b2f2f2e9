import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toZonedLocal } from '../time/zoned-time.js';
import { addDays, applyByDate, canMovePermit, daysBetween, leadTimeFor, permitUrgency, type PermitLeadTime } from './permit.schemas.js';

const ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura', 'UTC', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];

const PP60: PermitLeadTime[] = [
  { id: 'l', scale: 'local', leadDays: 14, statutoryDays: 14, effectiveFrom: '2017-12-01', source: 'PP 60/2017' },
  { id: 'n', scale: 'national', leadDays: 21, statutoryDays: 21, effectiveFrom: '2017-12-01', source: 'PP 60/2017' },
  { id: 'i', scale: 'international', leadDays: 30, statutoryDays: 30, effectiveFrom: '2017-12-01', source: 'PP 60/2017' },
];

describe('apply-by (property)', () => {
  it('is the event’s first local day less the lead, and its deadline is the local midnight after it, in any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 120 }),
        (instant, zone, lead) => {
          const startAt = new Date(instant).toISOString();
          const { applyBy, deadlineAt } = applyByDate(startAt, zone, lead);
          const firstDay = toZonedLocal(startAt, zone).slice(0, 10);
          expect(daysBetween(applyBy, firstDay)).toBe(lead);
          // The deadline reads 00:00 on the next day, in the event's zone.
          expect(toZonedLocal(deadlineAt, zone)).toBe(`${addDays(applyBy, 1)}T00:00`);
          // With any lead at all, the deadline falls no later than the show starts.
          if (lead >= 1) expect(Date.parse(deadlineAt)).toBeLessThanOrEqual(Date.parse(startAt));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts the day where the event is: a 00:30 WIT show is a day earlier in WIB terms, and its apply-by follows WIT', () => {
    // 1 Jan 2027 00:30 in Jayapura (WIT, UTC+9) is 31 Dec 2026 22:30 in Jakarta.
    const start = '2027-01-01T00:30:00+09:00';
    expect(applyByDate(start, 'Asia/Jayapura', 30)).toEqual({ applyBy: '2026-12-02', deadlineAt: '2026-12-02T15:00:00.000Z' });
    expect(applyByDate(start, 'Asia/Jakarta', 30).applyBy).toBe('2026-12-01');
  });

  it('never comes later than the statutory minimum, whatever the organization writes, and the longest lead when the scale is unknown', () => {
    const rowArb = fc.record({
      id: fc.uuid(),
      scale: fc.constantFrom('local', 'national', 'international', null) as fc.Arbitrary<PermitLeadTime['scale']>,
      leadDays: fc.integer({ min: 0, max: 90 }),
      statutoryDays: fc.option(fc.constantFrom(14, 21, 30), { nil: null }),
      effectiveFrom: fc.constantFrom('2017-12-01', '2024-01-01', '2026-06-01', '2028-01-01'),
      source: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 10 }), fc.constantFrom('local', 'national', 'international', null) as fc.Arbitrary<PermitLeadTime['scale']>, fc.constantFrom('2025-05-05', '2027-03-03', '2029-09-09'), (extra, scale, on) => {
        const rows = [...PP60, ...extra];
        const chosen = leadTimeFor(rows, scale, on)!;
        expect(chosen.effectiveFrom <= on).toBe(true);
        expect(chosen.leadDays).toBeGreaterThanOrEqual(chosen.statutoryDays ?? 0);
        if (scale === null) {
          const all = ['local', 'national', 'international', null].map((s) => leadTimeFor(rows, s as PermitLeadTime['scale'], on)?.leadDays ?? 0);
          expect(chosen.leadDays).toBe(Math.max(...all));
        } else if (rows.some((r) => r.scale === scale && r.effectiveFrom <= on)) {
          expect(chosen.scale).toBe(scale);
        }
      }),
    );
  });

  it('follows PP 60/2017: 14, 21 and 30 days for local, national and international events', () => {
    expect(leadTimeFor(PP60, 'local', '2026-12-19')?.leadDays).toBe(14);
    expect(leadTimeFor(PP60, 'national', '2026-12-19')?.leadDays).toBe(21);
    expect(leadTimeFor(PP60, 'international', '2026-12-19')?.leadDays).toBe(30);
    expect(leadTimeFor(PP60, null, '2026-12-19')?.leadDays).toBe(30);
    expect(leadTimeFor(PP60, 'local', '2017-01-01')).toBeNull();
    // An organization lengthens the local lead from 2026; shortening below the statute is ignored.
    const longer = [...PP60, { id: 'x', scale: 'local' as const, leadDays: 20, statutoryDays: 14, effectiveFrom: '2026-01-01', source: null }];
    expect(leadTimeFor(longer, 'local', '2026-12-19')?.leadDays).toBe(20);
    const shorter = [...PP60, { id: 'y', scale: 'local' as const, leadDays: 7, statutoryDays: 14, effectiveFrom: '2026-01-01', source: null }];
    expect(leadTimeFor(shorter, 'local', '2026-12-19')?.leadDays).toBe(14);
  });
});

describe('urgency', () => {
  it('counts days in the event’s zone: overdue after the apply-by day ends there', () => {
    // 2 Dec 2026 15:30 UTC is already 3 Dec in Jayapura but still 2 Dec in Jakarta.
    const now = new Date('2026-12-02T15:30:00Z');
    expect(permitUrgency('preparing', '2026-12-02', now, 'Asia/Jayapura')).toBe('overdue');
    expect(permitUrgency('preparing', '2026-12-02', now, 'Asia/Jakarta')).toBe('due_3');
    expect(permitUrgency('not_started', '2026-12-09', now, 'Asia/Jakarta')).toBe('due_7');
    expect(permitUrgency('not_started', '2026-12-20', now, 'Asia/Jakarta')).toBe('upcoming');
    expect(permitUrgency('submitted', '2026-11-01', now, 'Asia/Jakarta')).toBe('done');
    expect(permitUrgency('not_started', null, now, 'Asia/Jakarta')).toBe('unknown');
  });

  it('moves permits only along the flow', () => {
    expect(canMovePermit('not_started', 'approved')).toBe(false);
    expect(canMovePermit('submitted', 'approved')).toBe(true);
    expect(canMovePermit('approved', 'expired')).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessHold, createEventPlaceSchema, holdsCompete, nextTentativeRank, windowInside, type Hold } from './event-place.schemas.js';

const SPACES = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const BASE = Date.UTC(2026, 11, 1);
const HOUR = 3_600_000;

/** Offsets of Indonesia's DST-free zones and a few others, in minutes. */
const OFFSETS = [420, 480, 540, 0, -300, 330, 345];

/** An instant written with a given UTC offset, as a client in that zone would send it. */
function writeAt(instant: number, offsetMinutes: number): string {
  const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const holdArb = (id: string) =>
  fc
    .record({
      space: fc.constantFrom(SPACES[0]!, SPACES[1]!, null),
      // Quarter-hour starts over ten days, so holds cross midnight in every zone.
      start: fc.integer({ min: 0, max: 10 * 96 }),
      length: fc.integer({ min: 1, max: 3 * 96 }),
      status: fc.constantFrom('tentative', 'confirmed', 'released') as fc.Arbitrary<Hold['status']>,
      rank: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      offset: fc.constantFrom(...OFFSETS),
    })
    .map(({ space, start, length, status, rank, offset }): Hold => {
      const s = BASE + start * 15 * 60_000;
      return { id, spaceId: space, startAt: writeAt(s, offset), endAt: writeAt(s + length * 15 * 60_000, offset), status, rank };
    });

const instants = (h: Hold) => [Date.parse(h.startAt), Date.parse(h.endAt)] as const;

describe('hold overlap rules (property)', () => {
  it('compete symmetrically, exactly when one live space shares an instant, whatever offsets the times are written in', () => {
    fc.assert(
      fc.property(holdArb('a'), holdArb('b'), (a, b) => {
        expect(holdsCompete(a, b)).toBe(holdsCompete(b, a));
        const [as, ae] = instants(a);
        const [bs, be] = instants(b);
        const expected = a.spaceId !== null && a.spaceId === b.spaceId && a.status !== 'released' && b.status !== 'released' && as < be && bs < ae;
        expect(holdsCompete(a, b)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a hold compete with itself, and back-to-back holds never compete', () => {
    fc.assert(
      fc.property(holdArb('a'), fc.constantFrom(...OFFSETS), (a, offset) => {
        expect(holdsCompete(a, a)).toBe(false);
        const [, end] = instants(a);
        const next: Hold = { ...a, id: 'b', startAt: writeAt(end, offset), endAt: writeAt(end + HOUR, offset) };
        expect(holdsCompete(a, next)).toBe(false);
      }),
    );
  });

  it('refuses a confirmed hold over a confirmed one, warns a tentative under one, and asks before overtaking an earlier tentative', () => {
    fc.assert(
      fc.property(holdArb('a'), fc.array(holdArb('x'), { maxLength: 8 }), (hold, raw) => {
        const others = raw.map((o, i) => ({ ...o, id: `o${i}` }));
        const result = assessHold(hold, others);
        for (const o of result.doubleBookings) expect(hold.status === 'confirmed' && o.status === 'confirmed' && holdsCompete(hold, o)).toBe(true);
        for (const o of result.underConfirmed) expect(hold.status === 'tentative' && o.status === 'confirmed' && holdsCompete(hold, o)).toBe(true);
        for (const o of result.queueAhead) {
          expect(hold.status === 'confirmed' && o.status === 'tentative' && holdsCompete(hold, o)).toBe(true);
          expect(o.rank ?? Infinity).toBeLessThan(hold.rank ?? Infinity);
        }
        // Nothing competing is missed.
        const confirmedRivals = others.filter((o) => holdsCompete(hold, o) && o.status === 'confirmed').length;
        if (hold.status === 'confirmed') expect(result.doubleBookings).toHaveLength(confirmedRivals);
        if (hold.status === 'tentative') expect(result.underConfirmed).toHaveLength(confirmedRivals);
        if (hold.status === 'released') expect(result).toEqual({ doubleBookings: [], underConfirmed: [], queueAhead: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('ranks a new tentative hold after every tentative hold it competes with', () => {
    fc.assert(
      fc.property(holdArb('a'), fc.array(holdArb('x'), { maxLength: 8 }), (hold, raw) => {
        const others = raw.map((o, i) => ({ ...o, id: `o${i}` }));
        const rank = nextTentativeRank(hold, others);
        const rivals = others.filter((o) => o.status === 'tentative' && holdsCompete({ ...hold, status: 'tentative' }, o));
        for (const o of rivals) expect(rank).toBeGreaterThan(o.rank ?? 0);
        if (rivals.length === 0) expect(rank).toBe(1);
      }),
    );
  });
});

describe('load windows', () => {
  it('must lie inside the hold', () => {
    const hold = { startAt: '2026-12-18T06:00:00+07:00', endAt: '2026-12-20T06:00:00+07:00' };
    expect(windowInside({ startAt: '2026-12-18T06:00:00+07:00', endAt: '2026-12-18T18:00:00+07:00' }, hold)).toBe(true);
    // The same instant written in WITA is still inside.
    expect(windowInside({ startAt: '2026-12-18T07:00:00+08:00', endAt: '2026-12-20T07:00:00+08:00' }, hold)).toBe(true);
    expect(windowInside({ startAt: '2026-12-18T05:59:00+07:00', endAt: '2026-12-18T18:00:00+07:00' }, hold)).toBe(false);
    const parsed = createEventPlaceSchema.safeParse({
      locationId: SPACES[0], role: 'main_venue', ...hold, loadIn: { startAt: '2026-12-17T22:00:00+07:00', endAt: '2026-12-18T08:00:00+07:00' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['loadIn']);
  });
});

import { describe, expect, it } from 'vitest';
import { canTransition, EVENT_STATUSES } from './event-status.js';
import { createEventSchema, updateEventSchema } from './event.schemas.js';

const valid = {
  name: 'Konser Senja Jakarta',
  kind: 'live_event',
  startAt: '2026-12-12T10:00:00+07:00',
  endAt: '2026-12-12T23:00:00+07:00',
  timeZone: 'Asia/Jakarta',
  currency: 'IDR',
};

describe('event status', () => {
  it('moves one stage at a time', () => {
    expect(canTransition('planning', 'pre_production')).toBe(true);
    expect(canTransition('planning', 'production')).toBe(false);
    expect(canTransition('closed', 'planning')).toBe(false);
    expect(canTransition('closed', 'wrap')).toBe(true);
  });

  it('can always reach closed from planning by forward steps', () => {
    let at = 0;
    while (EVENT_STATUSES[at] !== 'closed') {
      expect(canTransition(EVENT_STATUSES[at]!, EVENT_STATUSES[at + 1]!)).toBe(true);
      at++;
    }
  });
});

describe('event schemas', () => {
  it('accepts a valid event and defaults status to planning', () => {
    const parsed = createEventSchema.parse({ ...valid, venue: '  ', notes: null });
    expect(parsed.status).toBe('planning');
    expect(parsed.venue).toBeNull();
  });

  it('rejects an end before the start, on endAt', () => {
    const result = createEventSchema.safeParse({ ...valid, endAt: '2026-12-11T10:00:00+07:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['endAt']);
  });

  it('rejects unknown time zones and empty updates', () => {
    expect(createEventSchema.safeParse({ ...valid, timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(updateEventSchema.safeParse({}).success).toBe(false);
  });
});

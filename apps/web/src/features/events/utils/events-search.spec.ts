import { describe, expect, it } from 'vitest';
import { eventsSearchSchema, hasActiveFilters, toListFilters } from './events-search';

describe('events search params', () => {
  it('drops invalid values instead of failing the page', () => {
    const search = eventsSearchSchema.parse({ status: ['planning', 'bogus'], from: '12/03/2026', sort: 'venue', order: 'up', q: '  ' });
    expect(search).toEqual({ status: undefined, from: undefined, to: undefined, q: undefined, sort: undefined, order: undefined, new: undefined });
    expect(hasActiveFilters(search)).toBe(false);
  });

  it('reads calendar dates as whole days in the organization time zone', () => {
    const filters = toListFilters({ from: '2026-03-01', to: '2026-03-31', status: ['wrap'] }, 'Asia/Jakarta');
    expect(filters.from).toBe('2026-02-28T17:00:00.000Z');
    expect(filters.to).toBe('2026-03-31T16:59:59.999Z');
    expect(filters.status).toEqual(['wrap']);
    expect(filters.sort).toBe('startAt');
    expect(filters.order).toBe('asc');
  });
});

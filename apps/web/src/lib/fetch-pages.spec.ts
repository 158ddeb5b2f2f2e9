import { describe, expect, it } from 'vitest';
import { fetchAllPages } from './fetch-pages';

/** A list of `total` numbers served in pages, recording the limits asked for. */
function pagedList(total: number) {
  const limits: number[] = [];
  const fetchPage = async (cursor: string | undefined, limit: number) => {
    limits.push(limit);
    const from = cursor ? Number(cursor) : 0;
    const to = Math.min(total, from + limit);
    return { items: Array.from({ length: to - from }, (_, i) => from + i), nextCursor: to < total ? String(to) : null };
  };
  return { limits, fetchPage };
}

describe('fetchAllPages', () => {
  it('asks for a small first page, then bigger ones, and returns every item in order', async () => {
    const list = pagedList(25);
    const partials: number[] = [];
    const items = await fetchAllPages(list.fetchPage, { first: 5, rest: 10 }, (soFar) => partials.push(soFar.length));
    expect(items).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(list.limits).toEqual([5, 10, 10]);
    // The last page is the result, not a partial.
    expect(partials).toEqual([5, 15]);
  });

  it('makes one call for a list that fits the first page', async () => {
    const list = pagedList(3);
    const partials: number[] = [];
    expect(await fetchAllPages(list.fetchPage, { first: 5, rest: 10 }, (soFar) => partials.push(soFar.length))).toEqual([0, 1, 2]);
    expect(list.limits).toEqual([5]);
    expect(partials).toEqual([]);
  });
});

import type { Page } from '@rundown/domain';

/** How many items to ask for: a small first page paints quickly, the rest come in bigger ones. */
export type PageSizes = { first: number; rest: number };

/**
 * Every item of a cursor-paginated list, page after page. After each page but the last,
 * `onPage` gets the items so far, so a screen can draw the first page while the rest arrive.
 */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined, limit: number) => Promise<Page<T>>,
  sizes: PageSizes,
  onPage?: (itemsSoFar: T[]) => void,
): Promise<T[]> {
  let items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor, items.length === 0 ? sizes.first : sizes.rest);
    items = items.length === 0 ? page.items : items.concat(page.items);
    cursor = page.nextCursor ?? undefined;
    if (cursor) onPage?.(items);
  } while (cursor);
  return items;
}

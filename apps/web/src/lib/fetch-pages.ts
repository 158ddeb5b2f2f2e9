import type { Page } from '@rundown/domain';
import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** How many items to ask for: a small first page paints quickly, the rest come in bigger ones. */
export type PageSizes = { first: number; rest: number };

/** Resolves once the browser has drawn a frame, or after 100 ms if it draws none (a hidden tab). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * Every item of a cursor-paginated list, page after page. After each page but the last,
 * `onPage` gets the items so far, so a screen can draw the first page while the rest arrive;
 * the second page is asked for once a frame has been drawn, so parsing it does not hold back
 * the first paint.
 */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined, limit: number) => Promise<Page<T>>,
  sizes: PageSizes,
  onPage?: (itemsSoFar: T[]) => void,
): Promise<T[]> {
  let items: T[] = [];
  let cursor: string | undefined;
  do {
    const first = items.length === 0;
    const page = await fetchPage(cursor, first ? sizes.first : sizes.rest);
    items = first ? page.items : items.concat(page.items);
    cursor = page.nextCursor ?? undefined;
    if (cursor && onPage) {
      onPage(items);
      if (first) await afterNextFrame();
    }
  } while (cursor);
  return items;
}

/**
 * A query function for a list fetched page after page: on the first load each page is written to
 * the cache as it arrives, so the screen draws it; a refetch replaces the data once, at the end.
 */
export function progressiveQueryFn<D>(queryClient: QueryClient, fetchAll: (signal: AbortSignal, onPage?: (soFar: D) => void) => Promise<D>) {
  return ({ signal, queryKey }: { signal: AbortSignal; queryKey: QueryKey }): Promise<D> => {
    const firstLoad = queryClient.getQueryData<D>(queryKey) === undefined;
    return fetchAll(signal, firstLoad ? (soFar) => queryClient.setQueryData(queryKey, soFar) : undefined);
  };
}

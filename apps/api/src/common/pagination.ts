import { decodeCursor, encodeCursor, type Page } from '@rundown/domain';
import { AppError } from './app-error.js';

/** Decodes a cursor or answers 400 on the `cursor` query field. */
export function readCursor(cursor: string | undefined, length: number): (string | number | null)[] | null {
  if (!cursor) return null;
  const key = decodeCursor(cursor);
  if (!key || key.length !== length) {
    throw new AppError('validation_failed', undefined, {
      errors: [{ pointer: '/query/cursor', code: 'invalid_cursor', message: 'The cursor is not valid; start from the first page' }],
    });
  }
  return key;
}

/** Rows were fetched with `limit + 1`: the extra row only says whether a next page exists. */
export function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, keyOf: (row: R) => (string | number | null)[]): Page<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items: items.map(map), nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}

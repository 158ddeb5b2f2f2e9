import { decodeCursor, encodeCursor, idSchema, isoDateTimeSchema, type Page } from '@rundown/domain';
import { AppError } from './app-error.js';

/** What one position of a cursor holds, as the list's SQL compares it. */
export type CursorField = 'timestamp' | 'uuid' | 'int' | 'bigint' | 'text' | 'date';

/** The JavaScript value each kind of cursor position decodes to. */
type CursorValue<F extends CursorField> = F extends 'int' ? number : string;
type CursorValues<Fields extends readonly CursorField[]> = { [I in keyof Fields]: CursorValue<Fields[I]> };

const INT4_MAX = 2_147_483_647;

/** Each check admits only values PostgreSQL accepts for the column the cursor position is compared with. */
const FIELD_CHECKS: Record<CursorField, (value: unknown) => boolean> = {
  // Years 0001–9999: the ISO format admits year 0, PostgreSQL does not.
  timestamp: (v) => isoDateTimeSchema.safeParse(v).success && !(v as string).startsWith('0000'),
  uuid: (v) => idSchema.safeParse(v).success,
  int: (v) => Number.isInteger(v) && Math.abs(v as number) <= INT4_MAX,
  /** A bigint column travels as its decimal text (18 digits stay below int8's maximum). */
  bigint: (v) => typeof v === 'string' && /^\d{1,18}$/.test(v),
  text: (v) => typeof v === 'string' && !v.includes('\u0000'),
  /** A calendar day `YYYY-MM-DD` (years 0001–9999, a real day) or `infinity`, as a date column prints. */
  date: (v) =>
    v === 'infinity' ||
    (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !v.startsWith('0000') && new Date(Date.parse(`${v}T00:00:00Z`) || 0).toISOString().slice(0, 10) === v),
};

/**
 * Decodes a cursor whose positions hold `fields`, or answers 400 on the `cursor` query field:
 * a cursor is opaque, but one edited by hand, or taken from a list sorted another way, must not
 * reach the SQL as a value of the wrong type.
 */
export function readCursor<const Fields extends readonly CursorField[]>(cursor: string | undefined, fields: Fields): CursorValues<Fields> | null {
  if (!cursor) return null;
  const key = decodeCursor(cursor);
  if (!key || key.length !== fields.length || !fields.every((field, i) => FIELD_CHECKS[field](key[i]))) {
    throw new AppError('validation_failed', undefined, {
      errors: [{ pointer: '/query/cursor', code: 'invalid_cursor', message: 'The cursor is not valid; start from the first page' }],
    });
  }
  return key as CursorValues<Fields>;
}

/** Rows were fetched with `limit + 1`: the extra row only says whether a next page exists. */
export function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, keyOf: (row: R) => (string | number | null)[]): Page<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items: items.map(map), nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}

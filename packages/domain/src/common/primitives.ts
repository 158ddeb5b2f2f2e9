import { z } from 'zod';

/**
 * Text PostgreSQL can store and every client can read: no NUL (U+0000, which `text` and
 * `jsonb` refuse) and no lone UTF-16 surrogate (not a Unicode character; it cannot be written
 * as UTF-8). Every string a route accepts goes through this check (tested by walking the
 * contract), so such input is a 400 naming the field, never a database error.
 */
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or null when it can. */
export function unsafeTextReason(value: string): string | null {
  const match = UNSAFE_TEXT.exec(value);
  if (!match) return null;
  return match[0] === '\u0000' ? 'Must not contain the NUL character (U+0000)' : 'Must not contain a lone surrogate (invalid Unicode)';
}

/** The one check every accepted string carries (identity checked by the contract test). */
export const storableText = z.refine<string>((value) => unsafeTextReason(value) === null, {
  error: (issue) => unsafeTextReason(String(issue.input)) ?? 'Invalid text',
  params: { reason: 'unsafe_text' },
});

/** A string that can be stored: the base of every other string primitive. */
export function str() {
  return z.string().check(storableText);
}

export const idSchema = z.uuid();

/**
 * A list names each item once: ids compared as PostgreSQL compares them (case-insensitively),
 * so a repeated reference is a 400 naming the list, never a duplicate-key error on insert.
 */
export const distinctItems = z.refine<readonly unknown[]>(
  (items) => new Set(items.map((i) => (typeof i === 'string' ? i.trim().toLowerCase() : JSON.stringify(i)))).size === items.length,
  { error: 'Must not name the same item twice', params: { reason: 'duplicate_items' } },
);

/** Up to `max` distinct ids. */
export function idList(max: number) {
  return z.array(idSchema).max(max).check(distinctItems);
}

/**
 * The instants and days the product accepts: 0001-01-01 … 9999-12-31 (UTC). PostgreSQL holds
 * more (and zod's ISO format accepts year 0000, which PostgreSQL reads as 1 BC), but four-digit
 * years are what ISO 8601 strings, `Date#toISOString` and every client agree on.
 */
export const MIN_INSTANT = '0001-01-01T00:00:00.000Z';
export const MAX_INSTANT = '9999-12-31T23:59:59.999Z';
export const MIN_INSTANT_MS = Date.parse(MIN_INSTANT);
export const MAX_INSTANT_MS = Date.parse(MAX_INSTANT);
export const DATE_RANGE_MESSAGE = 'Must be between 0001-01-01 and 9999-12-31';

/** Whether an instant (epoch milliseconds) lies in the accepted range. */
export function instantInRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
}

/** An ISO 8601 date-time with an offset, in the accepted range once read as UTC. */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .refine((v) => instantInRange(Date.parse(v)), { error: DATE_RANGE_MESSAGE, params: { reason: 'date_out_of_range' } });
/** A calendar day (YYYY-MM-DD), 0001-01-01 … 9999-12-31. */
export const isoDateSchema = z.iso
  .date()
  .refine((v) => !v.startsWith('0000'), { error: DATE_RANGE_MESSAGE, params: { reason: 'date_out_of_range' } });

export const timeZoneSchema = str()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: 'Unknown IANA time zone' });
export const localeSchema = z.enum(['id-ID', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Trimmed single-line text; empty after trimming is rejected. */
export function text(max: number) {
  return str().trim().min(1).max(max);
}

/** Trimmed optional text: absent, null or blank all become null. */
export function optionalText(max: number) {
  return str()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** A free-text search filter (`?q=`). */
export const searchQuerySchema = str().trim().max(200).optional();

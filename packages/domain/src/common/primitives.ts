import { z } from 'zod';

export const idSchema = z.uuid();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const timeZoneSchema = z
  .string()
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
  return z.string().trim().min(1).max(max);
}

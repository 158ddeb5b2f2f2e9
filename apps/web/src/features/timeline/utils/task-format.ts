import type { TFunction } from 'i18next';
import { intlLocale } from '../../../lib/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formats.set(key, f);
  }
  return f;
}

/** "12 Mar, 19.00" / "Mar 12, 7:00 PM" in the event's zone. */
export function formatShort(instant: number | string, timeZone: string, language: string): string {
  const at = typeof instant === 'string' ? Date.parse(instant) : instant;
  return format(intlLocale(language), timeZone, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "12 Mar 2026" in the event's zone. */
export function formatDay(instant: number | string, timeZone: string, language: string): string {
  const at = typeof instant === 'string' ? Date.parse(instant) : instant;
  return format(intlLocale(language), timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** "19.00" / "7:00 PM" in the zone. */
export function formatTime(instant: number | string, timeZone: string, language: string): string {
  const at = typeof instant === 'string' ? Date.parse(instant) : instant;
  return format(intlLocale(language), timeZone, { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** A span of minutes as "2d 3h", "45m" (Indonesian: "2h 3j", "45m"). */
export function formatMinutes(t: TFunction, minutes: number): string {
  const abs = Math.abs(Math.round(minutes));
  const days = Math.floor(abs / 1440);
  const hours = Math.floor((abs % 1440) / 60);
  const mins = abs % 60;
  const parts: string[] = [];
  if (days) parts.push(t('durations.day', { count: days }));
  if (hours) parts.push(t('durations.hour', { count: hours }));
  if (mins || parts.length === 0) parts.push(t('durations.minute', { count: mins }));
  return parts.join(' ');
}

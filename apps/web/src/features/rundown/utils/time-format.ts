import { intlLocale } from '../../../lib/i18n';

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

/** "19.05" / "19:05" — a cue's time of day in the event's zone, 24-hour as show callers read it. */
export function formatClockTime(iso: string, timeZone: string, language: string): string {
  return fmt(intlLocale(language), timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "HH:mm" for a time input, in the zone. */
export function timeInputValue(iso: string, timeZone: string): string {
  const parts = fmt('en-GB', timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** "Sat, 19 Dec" for the day picker. */
export function formatDayLabel(day: string, language: string): string {
  return fmt(intlLocale(language), 'UTC', { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${day}T12:00:00Z`));
}

/** "Saturday, 19 December 2026". */
export function formatDayLong(day: string, language: string): string {
  return fmt(intlLocale(language), 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00Z`));
}

import { currencyExponent, formatDecimal, type CurrencyCode } from '@rundown/domain';
import { intlLocale } from './i18n';

/** Time zones offered in pickers: Indonesia's three first, then the region and the usual abroad. */
export const TIME_ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Bangkok',
  'Asia/Manila',
  'Asia/Hong_Kong',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Dubai',
  'Australia/Perth',
  'Australia/Sydney',
  'Europe/London',
  'Europe/Amsterdam',
  'America/New_York',
  'America/Los_Angeles',
  'UTC',
] as const;
export type KnownTimeZone = (typeof TIME_ZONES)[number];

export function isKnownTimeZone(tz: string): tz is KnownTimeZone {
  return (TIME_ZONES as readonly string[]).includes(tz);
}

/** "GMT+7", "GMT+5:30", "GMT" — the offset now, in the zone. */
export function timeZoneOffsetLabel(timeZone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return (part?.value ?? timeZone).replace('GMT', 'UTC');
  } catch {
    return timeZone;
  }
}

/** Money in minor units, e.g. ("1250000", "IDR", "id") → "Rp 1.250.000"; negative "−Rp 5.000" (a true minus sign). */
export function formatMoney(amount: bigint | string, currency: CurrencyCode, language: string): string {
  return formatMoneyInLocale(amount, currency, intlLocale(language)).replace(/^-/, '−');
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and currency: building one costs more than a whole grid row. */
function moneyFormat(currency: CurrencyCode, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const exponent = currencyExponent(currency);
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * Money in minor units for an Intl locale ("id-ID", "en-US"), as the domain's `formatMoney` writes it.
 * The amount goes to Intl as a decimal string, so amounts beyond 2^53 stay exact.
 */
export function formatMoneyInLocale(amount: bigint | string, currency: CurrencyCode, locale: string): string {
  const minor = typeof amount === 'bigint' ? amount : BigInt(amount);
  const decimal = formatDecimal(minor, currencyExponent(currency));
  return moneyFormat(currency, locale).format(decimal as unknown as number).replace(/\u00a0/g, ' ');
}

// ─── Dates, times, zones and durations ──────────────────────────────────────────────────────
//
// One set of formatters for the whole app. They follow the app's language, never the browser's:
//   id: 24-hour `19.00`, `25 Des 2026`, zones `WIB` / `WITA` / `WIT`, durations `1 j 30 mnt`;
//   en: 24-hour `19:00` by default or `7:00 PM` when the person chose 12-hour (setHourCycle),
//       `25 Dec 2026`, zones `WIB (UTC+7)`, durations `1 h 30 min`.
// Every instant is written in a named IANA zone (the event's or the organization's).

export type Instant = string | number | Date;
export type HourCycle = 'h23' | 'h12';

const HOUR_CYCLE_KEY = 'rundown.hourCycle';
let hourCycleChoice: HourCycle | null = null;

/** The English clock this person chose (24-hour unless they picked 12-hour). Indonesian is always 24-hour. */
export function hourCyclePreference(): HourCycle {
  if (hourCycleChoice) return hourCycleChoice;
  try {
    hourCycleChoice = localStorage.getItem(HOUR_CYCLE_KEY) === 'h12' ? 'h12' : 'h23';
  } catch {
    hourCycleChoice = 'h23';
  }
  return hourCycleChoice;
}

/** Remembers the English clock on this device. Callers re-render (the account page re-applies the language). */
export function setHourCyclePreference(cycle: HourCycle): void {
  hourCycleChoice = cycle;
  try {
    localStorage.setItem(HOUR_CYCLE_KEY, cycle);
  } catch {
    // storage unavailable: the choice lasts for this page
  }
}

export function hourCycleFor(language: string): HourCycle {
  return isIndonesian(language) ? 'h23' : hourCyclePreference();
}

/** This browser's zone: only for things that belong to no event or organization (personal tokens, invitations). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const isIndonesian = (language: string) => language.startsWith('id');
const toMs = (at: Instant) => (typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime());

type Wall = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

const wallFormats = new Map<string, Intl.DateTimeFormat>();
/** The wall clock in `timeZone` (month 1–12, weekday 0 = Sunday). */
export function wallClockIn(at: Instant, timeZone: string): Wall {
  let f = wallFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' });
    wallFormats.set(timeZone, f);
  }
  const out: Wall = { year: 0, month: 0, day: 0, hour: 0, minute: 0, weekday: 0 };
  for (const p of f.formatToParts(toMs(at))) {
    if (p.type === 'weekday') out.weekday = WEEKDAYS_EN.indexOf(p.value);
    else if (p.type in out) out[p.type as keyof Wall] = Number(p.value);
  }
  return out;
}
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const nameCache = new Map<string, string[]>();
function names(language: string, kind: 'monthShort' | 'monthLong' | 'weekdayShort' | 'weekdayLong'): string[] {
  const id = isIndonesian(language);
  const key = `${id ? 'id' : 'en'}|${kind}`;
  let list = nameCache.get(key);
  if (!list) {
    const locale = id ? 'id-ID' : 'en-US';
    if (kind.startsWith('month')) {
      const f = new Intl.DateTimeFormat(locale, { month: kind === 'monthShort' ? 'short' : 'long', timeZone: 'UTC' });
      list = Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2026, m, 15)).replace('.', ''));
    } else {
      const f = new Intl.DateTimeFormat(locale, { weekday: kind === 'weekdayShort' ? 'short' : 'long', timeZone: 'UTC' });
      // 2026-03-01 is a Sunday.
      list = Array.from({ length: 7 }, (_, d) => f.format(Date.UTC(2026, 2, 1 + d)));
    }
    nameCache.set(key, list);
  }
  return list;
}

function dayMonth(w: Pick<Wall, 'day' | 'month'>, language: string, long = false): string {
  return `${w.day} ${names(language, long ? 'monthLong' : 'monthShort')[w.month - 1]}`;
}

/** "19.00" (id) / "19:00" or "7:00 PM" (en) from a wall-clock hour and minute. */
export function formatClockTime(hour: number, minute: number, language: string): string {
  const mm = String(minute).padStart(2, '0');
  if (isIndonesian(language)) return `${String(hour).padStart(2, '0')}.${mm}`;
  if (hourCyclePreference() === 'h12') return `${hour % 12 === 0 ? 12 : hour % 12}:${mm} ${hour < 12 ? 'AM' : 'PM'}`;
  return `${String(hour).padStart(2, '0')}:${mm}`;
}

/** "25 Des 2026" / "25 Dec 2026" in the zone. */
export function formatDate(at: Instant, timeZone: string | undefined, language: string): string {
  const w = wallClockIn(at, timeZone ?? 'UTC');
  return `${dayMonth(w, language)} ${w.year}`;
}

/** "25 Des" / "25 Dec" in the zone (no year: for places where the year is obvious). */
export function formatDateShort(at: Instant, timeZone: string, language: string): string {
  return dayMonth(wallClockIn(at, timeZone), language);
}

/** "19.00" / "19:00" / "7:00 PM" in the zone. */
export function formatTime(at: Instant, timeZone: string, language: string): string {
  const w = wallClockIn(at, timeZone);
  return formatClockTime(w.hour, w.minute, language);
}

/** "25 Des 2026, 19.00" / "25 Dec 2026, 19:00"; `zone: true` adds " WIB" / " WIB (UTC+7)". */
export function formatDateTime(at: Instant, timeZone: string, language: string, options: { zone?: boolean } = {}): string {
  const w = wallClockIn(at, timeZone);
  const text = `${dayMonth(w, language)} ${w.year}, ${formatClockTime(w.hour, w.minute, language)}`;
  return options.zone ? `${text} ${formatZone(timeZone, language, at)}` : text;
}

/** "25 Des, 19.00" / "25 Dec, 19:00" (no year). */
export function formatDateTimeShort(at: Instant, timeZone: string, language: string): string {
  const w = wallClockIn(at, timeZone);
  return `${dayMonth(w, language)}, ${formatClockTime(w.hour, w.minute, language)}`;
}

/** "Sab, 19 Des" / "Sat, 19 Dec"; `long`: "Sabtu, 19 Desember 2026". */
export function formatWeekdayDate(at: Instant, timeZone: string, language: string, options: { long?: boolean } = {}): string {
  const w = wallClockIn(at, timeZone);
  if (options.long) return `${names(language, 'weekdayLong')[w.weekday]}, ${dayMonth(w, language, true)} ${w.year}`;
  return `${names(language, 'weekdayShort')[w.weekday]}, ${dayMonth(w, language)}`;
}

/** A calendar day with no time ("2026-12-25", as the API sends date-only values) → "25 Des 2026". */
export function formatCalendarDay(day: string, language: string, options: { weekday?: 'short' | 'long'; year?: boolean } = {}): string {
  const at = Date.parse(`${day.slice(0, 10)}T12:00:00Z`);
  if (options.weekday) return formatWeekdayDate(at, 'UTC', language, { long: options.weekday === 'long' });
  return options.year === false ? formatDateShort(at, 'UTC', language) : formatDate(at, 'UTC', language);
}

/** "November 2026" / "Desember 2026" and "Nov" — for calendar headers. */
export function formatMonth(at: Instant, timeZone: string, language: string, options: { short?: boolean; year?: boolean } = {}): string {
  const w = wallClockIn(at, timeZone);
  const month = names(language, options.short ? 'monthShort' : 'monthLong')[w.month - 1]!;
  return options.year === false ? month : `${month} ${w.year}`;
}

/** "Sab 19" / "Sat 19" — a day column's label. */
export function formatWeekdayDay(at: Instant, timeZone: string, language: string): string {
  const w = wallClockIn(at, timeZone);
  return `${names(language, 'weekdayShort')[w.weekday]} ${w.day}`;
}

/**
 * A compact range in the zone: "12–14 Mar 2026", "30 Nov – 2 Des 2026", or with times when
 * on one day ("12 Mar 2026, 09.00–19.00").
 */
export function formatDateRange(startAt: Instant, endAt: Instant, timeZone: string, language: string): string {
  const a = wallClockIn(startAt, timeZone);
  const b = wallClockIn(endAt, timeZone);
  if (a.year === b.year && a.month === b.month && a.day === b.day) {
    return `${dayMonth(a, language)} ${a.year}, ${formatClockTime(a.hour, a.minute, language)}–${formatClockTime(b.hour, b.minute, language)}`;
  }
  if (a.year === b.year && a.month === b.month) return `${a.day}–${dayMonth(b, language)} ${b.year}`;
  if (a.year === b.year) return `${dayMonth(a, language)} – ${dayMonth(b, language)} ${b.year}`;
  return `${dayMonth(a, language)} ${a.year} – ${dayMonth(b, language)} ${b.year}`;
}

const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * The zone as this app always names it: Indonesia's zones by their Indonesian names, with the
 * UTC offset in English ("WIB" / "WIB (UTC+7)"); any other zone by its offset ("UTC+8").
 */
export function formatZone(timeZone: string, language: string, at: Instant = Date.now()): string {
  const offset = timeZoneOffsetLabel(timeZone, new Date(toMs(at)));
  const local = INDONESIAN_ZONES[timeZone];
  if (!local) return offset;
  return isIndonesian(language) ? local : `${local} (${offset})`;
}

/** @deprecated kept for existing callers: the same as `formatZone`. */
export function timeZoneShortName(at: Instant, timeZone: string, language: string): string {
  return formatZone(timeZone, language, at);
}

const DURATION_UNITS = {
  id: { day: 'hr', hour: 'j', minute: 'mnt', second: 'dtk' },
  en: { day: 'd', hour: 'h', minute: 'min', second: 's' },
} as const;

/**
 * A length of time in words that cannot be read as a clock time: "5 mnt", "1 j 30 mnt",
 * "2 hr 3 j" / "5 min", "1 h 30 min", "2 d 3 h". Seconds show only under a minute or when
 * `seconds: true` ("4 min 30 s"). Negative durations get a minus sign.
 */
export function formatDuration(totalSeconds: number, language: string, options: { seconds?: boolean } = {}): string {
  const units = DURATION_UNITS[isIndonesian(language) ? 'id' : 'en'];
  const sign = totalSeconds < 0 ? '−' : '';
  let s = Math.abs(Math.round(totalSeconds));
  if (!options.seconds && s >= 60) s = Math.round(s / 60) * 60;
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} ${units.day}`);
  if (hours) parts.push(`${hours} ${units.hour}`);
  if (minutes) parts.push(`${minutes} ${units.minute}`);
  if (seconds || parts.length === 0) parts.push(`${seconds} ${parts.length === 0 && !seconds ? units.minute : units.second}`);
  return sign + parts.join(' ');
}

/** `formatDuration` for a number of minutes. */
export function formatMinutes(minutes: number, language: string): string {
  return formatDuration(minutes * 60, language);
}

// ─── Numbers ───────────────────────────────────────────────────────────────────────────────

const plainNumbers = new Map<string, Intl.NumberFormat>();
/** A count or measure in the app's language: "1.250" / "1,250"; negative with "−". */
export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  const key = `${language}|${maximumFractionDigits}`;
  let f = plainNumbers.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits });
    plainNumbers.set(key, f);
  }
  return f.format(value).replace(/^-/, '−');
}

/** A ratio as a percentage: 0.125 → "12,5%" / "12.5%". */
export function formatPercent(ratio: number, language: string, maximumFractionDigits = 1): string {
  return `${formatNumber(ratio * 100, language, maximumFractionDigits)}%`;
}

/** Localized currency name, e.g. IDR → "Rupiah Indonesia". */
export function currencyName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Items joined as the language writes a list: "a, b, and c" / "a, b, dan c". */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
}

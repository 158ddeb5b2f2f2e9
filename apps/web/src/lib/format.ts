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

/** Money in minor units, e.g. ("1250000", "IDR", "id") → "Rp 1.250.000". */
export function formatMoney(amount: bigint | string, currency: CurrencyCode, language: string): string {
  return formatMoneyInLocale(amount, currency, intlLocale(language));
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

/** A date and time in the given zone, e.g. "12 Mar 2026, 19.00". */
export function formatDateTime(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A date only, in the given zone. */
export function formatDate(iso: string, timeZone: string | undefined, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone, dateStyle: 'medium' }).format(new Date(iso));
}

/**
 * A compact range in the event's zone: "12–14 Mar 2026", or with times when on one day
 * ("12 Mar 2026, 19.00–22.00"). Intl collapses the shared parts.
 */
export function formatDateRange(startIso: string, endIso: string, timeZone: string, language: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const locale = intlLocale(language);
  const dayKey = (d: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const sameDay = dayKey(start) === dayKey(end);
  const format = new Intl.DateTimeFormat(
    locale,
    sameDay
      ? { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : { timeZone, day: 'numeric', month: 'short', year: 'numeric' },
  );
  return format.formatRange(start, end).replace(/\u202f/g, ' ').replace(/\u2009/g, ' ');
}

/** Short zone name as people say it: "WIB" in Indonesian, "GMT+7" otherwise. */
export function timeZoneShortName(iso: string, timeZone: string, language: string): string {
  const part = new Intl.DateTimeFormat(intlLocale(language), { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Localized currency name, e.g. IDR → "Rupiah Indonesia". */
export function currencyName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

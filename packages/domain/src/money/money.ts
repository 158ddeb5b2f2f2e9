import { z } from 'zod';
import { currencyCodeSchema, currencyExponent, type CurrencyCode } from './currency.js';

/** Minor units travel as a decimal integer string (bigint-safe); never a JS float. */
export const minorUnitsSchema = z.string().regex(/^-?(0|[1-9]\d{0,17})$/, 'Must be an integer amount in minor units');

export const moneySchema = z
  .object({ amount: minorUnitsSchema, currency: currencyCodeSchema })
  .meta({ id: 'Money' });
export type Money = z.infer<typeof moneySchema>;

export function money(amount: bigint, currency: CurrencyCode): Money {
  return { amount: amount.toString(), currency };
}

/** Formats minor units for a locale with Intl, e.g. IDR 1250000 in id-ID → "Rp 1.250.000". */
export function formatMoney(amount: bigint | string, currency: CurrencyCode, locale: string): string {
  const minor = typeof amount === 'bigint' ? amount : BigInt(amount);
  const exponent = currencyExponent(currency);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const scale = 10n ** BigInt(exponent);
  const whole = abs / scale;
  const fraction = abs % scale;
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Format the decimal string so amounts beyond 2^53 stay exact (Intl accepts numeric strings).
  const decimal = exponent === 0 ? whole.toString() : `${whole}.${fraction.toString().padStart(exponent, '0')}`;
  const formatted = formatter.format((negative ? `-${decimal}` : decimal) as unknown as number);
  return formatted.replace(/\u00a0/g, ' ');
}

/**
 * Parses what a person types ("1.250.000", "Rp 1.250.000", "12.50", "1,250.00") into minor units.
 * Returns null when the text is not an exact amount in that currency (e.g. fractional rupiah).
 */
export function parseMoney(input: string, currency: CurrencyCode, locale: string): bigint | null {
  const exponent = currencyExponent(currency);
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimalSep = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let s = input.replace(/\u00a0/g, ' ').trim();
  s = s.replace(/^(Rp|IDR|US\$|\$|€|¥|£|S\$|RM)\s*/i, '').replace(/\s+/g, '');
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  if (!/^[\d.,']+$/.test(s)) return null;
  const groupRe = new RegExp(`\\${group}`, 'g');
  s = s.replace(groupRe, '');
  const pieces = s.split(decimalSep);
  if (pieces.length > 2) return null;
  const [whole = '', fraction = ''] = pieces;
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  if (fraction.length > exponent) {
    if (/[^0]/.test(fraction.slice(exponent))) return null;
  }
  const frac = fraction.slice(0, exponent).padEnd(exponent, '0');
  const value = BigInt(whole + frac);
  return negative ? -value : value;
}

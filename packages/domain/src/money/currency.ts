import { z } from 'zod';

/**
 * The app-owned exponent table: how many minor units a currency has *in practice*.
 * IDR is 0 here (ISO says 2, but sen are not used in Indonesia), so a fractional rupiah
 * is a validation error rather than a silently rounded amount.
 */
export const CURRENCY_EXPONENTS = {
  IDR: 0,
  USD: 2,
  EUR: 2,
  SGD: 2,
  MYR: 2,
  AUD: 2,
  GBP: 2,
  JPY: 0,
  KRW: 0,
  CNY: 2,
  THB: 2,
  PHP: 2,
  HKD: 2,
} as const;

export type CurrencyCode = keyof typeof CURRENCY_EXPONENTS;
export const CURRENCY_CODES = Object.keys(CURRENCY_EXPONENTS) as [CurrencyCode, ...CurrencyCode[]];
export const currencyCodeSchema = z.enum(CURRENCY_CODES);

export function currencyExponent(code: CurrencyCode): number {
  return CURRENCY_EXPONENTS[code];
}

import { currencyExponent, type CurrencyCode } from './currency.js';

/**
 * The largest amount Rundown accepts, in any one currency: 999,999,999,999,999 major units
 * (just under 10^15: IDR 999.999.999.999.999, USD 999,999,999,999,999.99). In minor units that is
 * 10^(15 + exponent) − 1, at most ~10^17, so every stored amount and every total built from them
 * (a line's estimate, its committed/actual/paid/pending sums, a category's and a budget's totals)
 * stays ~90× below PostgreSQL's bigint limit (9.22 × 10^18) even when concurrent writers each
 * add up to the bound at once. A computed total above it is refused (`amount_out_of_range`)
 * before anything is written, so no stored total can disagree with its lines.
 */
export const MAX_AMOUNT_MAJOR_DIGITS = 15;

/** The largest amount in minor units of `currency` (the bound is the same in major units). */
export function maxAmount(currency: CurrencyCode): bigint {
  return 10n ** BigInt(MAX_AMOUNT_MAJOR_DIGITS + currencyExponent(currency)) - 1n;
}

/** True when `amount` (minor units of `currency`) is within ±maxAmount(currency). */
export function amountInRange(amount: bigint, currency: CurrencyCode): boolean {
  const max = maxAmount(currency);
  return amount <= max && amount >= -max;
}

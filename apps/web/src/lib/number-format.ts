import { currencyExponent, formatDecimal, type CurrencyCode } from '@rundown/domain';

const separatorCache = new Map<string, { group: string; decimal: string }>();

/** The group and decimal separators people write in `locale` ("." and "," in id-ID). */
export function separators(locale: string): { group: string; decimal: string } {
  let cached = separatorCache.get(locale);
  if (!cached) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    cached = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(locale, cached);
  }
  return cached;
}

/**
 * A canonical decimal ("1234.5", "-12") written the way `locale` writes numbers ("1.234,5"),
 * without passing through a float. `group: false` leaves out thousands separators.
 */
export function formatLocaleDecimal(canonical: string, locale: string, options: { group?: boolean } = {}): string {
  const { group, decimal } = separators(locale);
  const negative = canonical.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? canonical.slice(1) : canonical).split('.');
  const grouped = options.group === false ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
}

/** Minor units as a plain number in `locale`, without a currency symbol: 1250000 IDR → "1.250.000". */
export function formatMinorPlain(minor: string | bigint, currency: CurrencyCode, locale: string): string {
  const value = typeof minor === 'bigint' ? minor : BigInt(minor);
  const exponent = currencyExponent(currency);
  const canonical = formatDecimal(value, exponent);
  // Keep the currency's minor digits ("12.50", not "12.5") so the number reads as money.
  const [whole, fraction = ''] = canonical.split('.');
  const padded = exponent > 0 ? `${whole}.${fraction.padEnd(exponent, '0')}` : whole!;
  return formatLocaleDecimal(padded, locale);
}

/** Basis points as a percentage in `locale`: 1100 → "11", 1250 → "12,5" (id-ID). */
export function formatPercentFromBasisPoints(basisPoints: number, locale: string): string {
  return formatLocaleDecimal(formatDecimal(BigInt(basisPoints), 2), locale);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, currencyExponent } from './currency.js';
import { formatMoney, minorUnitsSchema, parseMoney } from './money.js';

const LOCALES = ['id-ID', 'en'] as const;
const amount = fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n });

describe('formatMoney', () => {
  it('formats rupiah the Indonesian way', () => {
    expect(formatMoney(1_250_000n, 'IDR', 'id-ID')).toBe('Rp 1.250.000');
    expect(formatMoney('-5000', 'IDR', 'id-ID')).toBe('-Rp 5.000');
  });

  it('uses the currency exponent for minor units', () => {
    expect(formatMoney(123456n, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney(5n, 'USD', 'en')).toBe('$0.05');
    expect(formatMoney(1500n, 'JPY', 'en')).toBe('¥1,500');
  });

  it('stays exact beyond 2^53', () => {
    expect(formatMoney(9_007_199_254_740_993n, 'IDR', 'en')).toBe('IDR 9,007,199,254,740,993');
  });

  it('round-trips through parseMoney for IDR, USD and JPY in id-ID and en', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('IDR', 'USD', 'JPY'), fc.constantFrom(...LOCALES), (minor, currency, locale) => {
        const text = formatMoney(minor, currency, locale);
        expect(parseMoney(text.replace(/[^\d.,-]/g, ''), currency, locale)).toBe(minor);
      }),
    );
  });
});

describe('parseMoney', () => {
  it('reads what people type', () => {
    expect(parseMoney('Rp 1.250.000', 'IDR', 'id-ID')).toBe(1_250_000n);
    expect(parseMoney('1250000', 'IDR', 'id-ID')).toBe(1_250_000n);
    expect(parseMoney('1,234.5', 'USD', 'en')).toBe(123450n);
    expect(parseMoney('12,50', 'USD', 'id-ID')).toBe(1250n);
  });

  it('refuses fractional rupiah and garbage', () => {
    expect(parseMoney('1.250,5', 'IDR', 'id-ID')).toBeNull();
    expect(parseMoney('12.345', 'USD', 'en')).toBeNull();
    expect(parseMoney('abc', 'USD', 'en')).toBeNull();
    expect(parseMoney('', 'USD', 'en')).toBeNull();
  });

  it('every currency has a whole-number exponent', () => {
    for (const code of CURRENCY_CODES) expect(Number.isInteger(currencyExponent(code))).toBe(true);
  });
});

describe('minorUnitsSchema', () => {
  it('accepts any integer string and nothing with a decimal point', () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(minorUnitsSchema.safeParse(n.toString()).success).toBe(true);
      }),
    );
    expect(minorUnitsSchema.safeParse('1.5').success).toBe(false);
    expect(minorUnitsSchema.safeParse('01').success).toBe(false);
    expect(minorUnitsSchema.safeParse('1e3').success).toBe(false);
  });
});

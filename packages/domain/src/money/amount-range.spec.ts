import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInRange, maxAmount } from './amount-range.js';
import { CURRENCY_CODES } from './currency.js';

const INT8_MAX = 2n ** 63n - 1n;

describe('the largest amount', () => {
  it('is 999,999,999,999,999 major units in every currency', () => {
    expect(maxAmount('IDR')).toBe(999_999_999_999_999n);
    expect(maxAmount('USD')).toBe(99_999_999_999_999_999n);
    expect(maxAmount('JPY')).toBe(999_999_999_999_999n);
  });

  it('leaves room for 90 totals at the bound to add up inside a bigint column', () => {
    for (const currency of CURRENCY_CODES) expect(maxAmount(currency) * 90n).toBeLessThan(INT8_MAX);
  });

  it('accepts exactly the amounts within ± the bound', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCY_CODES), fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (currency, amount) => {
        const max = maxAmount(currency);
        expect(amountInRange(amount, currency)).toBe(amount <= max && amount >= -max);
      }),
    );
    expect(amountInRange(maxAmount('IDR'), 'IDR')).toBe(true);
    expect(amountInRange(maxAmount('IDR') + 1n, 'IDR')).toBe(false);
    expect(amountInRange(-maxAmount('USD') - 1n, 'USD')).toBe(false);
  });
});

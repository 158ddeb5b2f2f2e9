import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp, formatDecimal, parseDecimal } from './decimal.js';

describe('decimals', () => {
  it('parses exactly at a scale and refuses extra precision', () => {
    expect(parseDecimal('2.5', 3)).toBe(2500n);
    expect(parseDecimal('0.001', 3)).toBe(1n);
    expect(parseDecimal('1.2500', 3)).toBe(1250n);
    expect(parseDecimal('1.0005', 3)).toBeNull();
    expect(parseDecimal('1e3', 3)).toBeNull();
    expect(parseDecimal('', 3)).toBeNull();
  });

  it('round-trips through formatDecimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }), (value, scale) => {
        expect(parseDecimal(formatDecimal(value, scale), scale)).toBe(value);
      }),
    );
  });

  it('rounds half away from zero', () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfUp(4n, 3n)).toBe(1n);
    expect(divideRoundHalfUp(7n, -2n)).toBe(-4n);
  });

  it('is within half a unit of the exact quotient', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const q = divideRoundHalfUp(n, d);
        const twiceError = 2n * (q * d - n);
        expect(twiceError <= d && twiceError >= -d).toBe(true);
      }),
    );
  });
});

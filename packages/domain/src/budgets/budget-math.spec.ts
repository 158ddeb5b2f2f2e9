import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTotals, derive, lineEstimate, lineSubtotal, rollUp, ZERO_TOTALS, type Totals } from './budget-math.js';
import { formatDecimal } from './decimal.js';

const idr = (quantity: string, rate: string, multiplier = '1') => ({ quantity, multiplier, rate, currency: 'IDR' as const, exchangeRate: '1' });

describe('lineSubtotal', () => {
  it('multiplies quantity, multiplier and rate exactly', () => {
    expect(lineSubtotal(idr('4', '1250000', '3'), 'IDR')).toBe(15_000_000n);
    expect(lineSubtotal(idr('2.5', '1000001'), 'IDR')).toBe(2_500_003n); // 2500002.5 rounds up
    expect(lineSubtotal(idr('0.333', '10'), 'IDR')).toBe(3n);
  });

  it('converts another currency with the recorded exchange rate and exponents', () => {
    // 2 × US$12.50 at Rp 16.250,5 per dollar = Rp 406.262,5 → Rp 406.263
    expect(lineSubtotal({ quantity: '2', multiplier: '1', rate: '1250', currency: 'USD', exchangeRate: '16250.5' }, 'IDR')).toBe(406_263n);
    // ¥1.000 at 0.0065 USD per yen = US$6.50
    expect(lineSubtotal({ quantity: '1', multiplier: '1', rate: '1000', currency: 'JPY', exchangeRate: '0.0065' }, 'USD')).toBe(650n);
  });

  it('refuses decimals beyond their scale', () => {
    expect(() => lineSubtotal(idr('1.0001', '1'), 'IDR')).toThrow(RangeError);
  });

  it('is exact for any integer quantity: n × rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.bigInt({ min: 0n, max: 10n ** 12n }), (n, rate) => {
        expect(lineSubtotal(idr(String(n), rate.toString()), 'IDR')).toBe(BigInt(n) * rate);
      }),
    );
  });

  it('never drifts more than half a rupiah from the exact product', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 7n }), fc.bigInt({ min: 0n, max: 10n ** 10n }), (milli, rate) => {
        const got = lineSubtotal(idr(formatDecimal(milli, 3), rate.toString()), 'IDR');
        const twiceError = 2n * (got * 1000n - milli * rate);
        expect(twiceError <= 1000n && twiceError >= -1000n).toBe(true);
      }),
    );
  });
});

describe('fringes', () => {
  it('adds PPN 11% per line and flat fees', () => {
    const result = lineEstimate(idr('1', '1000005'), [
      { id: 'ppn', kind: 'percent', basisPoints: 1100 },
      { id: 'bpjs', kind: 'flat', amount: '50000' },
    ], 'IDR');
    expect(result).toEqual({ subtotal: 1_000_005n, fringes: 110_001n + 50_000n, estimate: 1_160_006n });
  });
});

describe('roll-ups', () => {
  const totals = fc.record({
    estimate: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    committed: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    actual: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    paid: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  });

  it('makes every parent equal its lines plus its children, and the roots equal all lines', () => {
    const categories = [
      { id: 'top', parentId: null },
      { id: 'sound', parentId: 'top' },
      { id: 'mics', parentId: 'sound' },
      { id: 'catering', parentId: null },
    ];
    fc.assert(
      fc.property(fc.array(fc.record({ categoryId: fc.constantFrom('top', 'sound', 'mics', 'catering'), totals }), { maxLength: 40 }), (lines) => {
        const rolled = rollUp(categories, lines);
        const sum = (ids: string[]) => lines.filter((l) => ids.includes(l.categoryId)).reduce<Totals>((a, l) => addTotals(a, l.totals), ZERO_TOTALS);
        expect(rolled.get('mics')).toEqual(sum(['mics']));
        expect(rolled.get('sound')).toEqual(sum(['sound', 'mics']));
        expect(rolled.get('top')).toEqual(sum(['top', 'sound', 'mics']));
        expect(addTotals(rolled.get('top')!, rolled.get('catering')!)).toEqual(sum(['top', 'sound', 'mics', 'catering']));
      }),
    );
  });

  it('derives variance, remaining and over-budget', () => {
    const d = derive({ estimate: 1000n, committed: 1200n, actual: 900n, paid: 500n });
    expect(d).toMatchObject({ variance: 100n, remaining: -200n, usedBasisPoints: 12_000, overBudget: true });
    expect(derive(ZERO_TOTALS).usedBasisPoints).toBeNull();
  });
});

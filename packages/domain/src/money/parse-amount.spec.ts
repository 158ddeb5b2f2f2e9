import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseMoneyAmount, type AmountParse } from './parse-amount.js';

const ok = (value: bigint): AmountParse => ({ status: 'ok', value });

describe('parseAmount', () => {
  it.each([
    ['11.500.000', 11_500_000n],
    ['Rp 11.500.000', 11_500_000n],
    ['Rp11.500.000', 11_500_000n],
    ['IDR 11500000', 11_500_000n],
    ['11,500,000', 11_500_000n],
    ['12.000.000,00', 12_000_000n],
    ['12,000,000.00', 12_000_000n],
    ['11,5 jt', 11_500_000n],
    ['11,5jt', 11_500_000n],
    ['11.5 juta', 11_500_000n],
    ['250 rb', 250_000n],
    ['250rb', 250_000n],
    ['250K', 250_000n],
    ['1,2 M', 1_200_000_000n],
    ['Rp 2 M', 2_000_000_000n],
    ['2 miliar', 2_000_000_000n],
    ['1.5M', 1_500_000n],
    ['$2M', 2_000_000n],
    ['1 500 000', 1_500_000n],
    ["1'500'000", 1_500_000n],
    ['11.500', 11_500n],
    ['11,500', 11_500n],
    ['-5.000', -5_000n],
    ['−5.000', -5_000n],
    ['(5.000)', -5_000n],
    ['Rp -5.000', -5_000n],
    ['-Rp 5.000', -5_000n],
    ['0', 0n],
  ])('reads %s as rupiah', (text, value) => {
    expect(parseMoneyAmount(text, 'IDR')).toEqual(ok(value));
  });

  it('reads cents at scale 2, in either style', () => {
    expect(parseMoneyAmount('$1,250.50', 'USD')).toEqual(ok(125_050n));
    expect(parseMoneyAmount('1.250,50', 'USD')).toEqual(ok(125_050n));
    expect(parseMoneyAmount('12,5', 'USD')).toEqual(ok(1_250n));
    expect(parseMoneyAmount('12.50', 'USD')).toEqual(ok(1_250n));
    expect(parseAmount('0,125', 6)).toEqual(ok(125_000n));
  });

  it('asks when the text could mean two amounts', () => {
    expect(parseMoneyAmount('2M', 'IDR')).toEqual({
      status: 'ambiguous',
      readings: [
        { value: 2_000_000_000n, meaning: 'miliar' },
        { value: 2_000_000n, meaning: 'million' },
      ],
    });
    expect(parseMoneyAmount('1.250 jt', 'IDR')).toEqual({
      status: 'ambiguous',
      readings: [
        { value: 1_250_000_000n, meaning: 'thousands-group' },
        { value: 1_250_000n, meaning: 'decimal' },
      ],
    });
  });

  it('says why it cannot read the rest', () => {
    expect(parseMoneyAmount('', 'IDR')).toEqual({ status: 'invalid', reason: 'empty' });
    expect(parseMoneyAmount('abc', 'IDR')).toEqual({ status: 'invalid', reason: 'format' });
    expect(parseMoneyAmount('12 apples', 'IDR')).toEqual({ status: 'invalid', reason: 'format' });
    expect(parseMoneyAmount('1.2.3,4,5', 'IDR')).toEqual({ status: 'invalid', reason: 'format' });
    expect(parseMoneyAmount('11.50.000', 'IDR')).toEqual({ status: 'invalid', reason: 'format' });
    expect(parseMoneyAmount('12,5', 'IDR')).toEqual({ status: 'invalid', reason: 'precision' });
    expect(parseMoneyAmount('1,234,567,890,123,456,789', 'IDR')).toEqual({ status: 'invalid', reason: 'range' });
  });

  const amount = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
  const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const write = (v: bigint, scale: number, groupSep: string, decimalSep: string) => {
    const abs = (v < 0n ? -v : v).toString().padStart(scale + 1, '0');
    const whole = group(abs.slice(0, abs.length - scale), groupSep);
    const text = scale > 0 ? `${whole}${decimalSep}${abs.slice(-scale)}` : whole;
    return v < 0n ? `-${text}` : text;
  };

  it('reads back any amount written the Indonesian or the English way, with or without a currency', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(0, 2), fc.constantFrom(['.', ','], [',', '.']), fc.constantFrom('', 'Rp ', 'IDR '), (v, scale, [g, d], prefix) => {
        const text = write(v, scale, g!, d!);
        const withPrefix = prefix && !text.startsWith('-') ? `${prefix}${text}` : text;
        expect(parseAmount(withPrefix, scale)).toEqual(ok(v));
      }),
    );
  });

  it('reads "jt" and "rb" as 10⁶ and 10³ in either decimal style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(',', '.'), (whole, tenth, sep) => {
        expect(parseAmount(`${whole}${sep}${tenth} jt`, 0)).toEqual(ok(BigInt(whole) * 1_000_000n + BigInt(tenth) * 100_000n));
        expect(parseAmount(`${whole} rb`, 0)).toEqual(ok(BigInt(whole) * 1_000n));
      }),
    );
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(0, 2, 6), (text, scale) => {
        expect(['ok', 'ambiguous', 'invalid']).toContain(parseAmount(text, scale).status);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateSchema, isoDateTimeSchema, optionalText, str, text, unsafeTextReason } from './primitives.js';

describe('string primitives', () => {
  it('refuse NUL and lone surrogates, and accept every well-formed string without NUL', () => {
    for (const bad of ['a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800', 'ok\ud83d']) {
      expect(str().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(text(50).safeParse(bad).success).toBe(false);
      expect(optionalText(50).safeParse(bad).success).toBe(false);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
        expect(str().safeParse(s).success).toBe(!s.includes('\u0000'));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const wellFormed = (s as string & { isWellFormed(): boolean }).isWellFormed();
        expect(unsafeTextReason(s) === null).toBe(wellFormed && !s.includes('\u0000'));
      }),
    );
  });

  it('name the problem in the issue', () => {
    const result = text(50).safeParse('a\u0000');
    expect(result.error?.issues[0]?.message).toMatch(/NUL/);
  });
});

describe('date primitives', () => {
  it('accept 0001-01-01 … 9999-12-31 and nothing outside', () => {
    for (const ok of ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2026-12-19T15:00:00+07:00', '0001-01-01T06:00:00+05:00']) {
      expect(isoDateTimeSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['0000-12-31T23:59:59Z', '0001-01-01T00:30:00+01:00', '9999-12-31T23:00:00-05:00', '10000-01-01T00:00:00Z', '+010000-01-01T00:00:00Z']) {
      expect(isoDateTimeSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(isoDateSchema.safeParse('0001-01-01').success).toBe(true);
    expect(isoDateSchema.safeParse('9999-12-31').success).toBe(true);
    expect(isoDateSchema.safeParse('0000-01-01').success).toBe(false);
    expect(isoDateSchema.safeParse('10000-01-01').success).toBe(false);
  });

  it('every accepted date-time prints back with a four-digit year', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(-62198755200000), max: new Date(253402387200000), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        expect(isoDateTimeSchema.safeParse(iso).success).toBe(/^\d{4}-/.test(iso) && iso >= '0001' && iso <= '9999-12-31T23:59:59.999Z');
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, toCsv } from './csv.js';

describe('csv', () => {
  it('parses quotes, doubled quotes, newlines in fields and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('detects semicolons from Indonesian-locale spreadsheets', () => {
    expect(detectDelimiter('Kategori;Deskripsi;Harga\n')).toBe(';');
    expect(parseCsv('a;b\n1.250.000;"x;y"')).toEqual([['a', 'b'], ['1.250.000', 'x;y']]);
  });

  it('neutralizes formulas in text columns only', () => {
    expect(toCsv([['=HYPERLINK("x")', '-5000', '@SUM(A1)']], new Set([1]))).toBe(`"'=HYPERLINK(""x"")",-5000,'@SUM(A1)`);
  });

  it('round-trips any table of text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', ';', 'é', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (table) => {
        const rows = table.map((r) => r.map((c) => c.replace(/^[=+\-@\t\r']/, 'x')));
        const expected = rows.filter((r) => r.some((c) => c.trim() !== ''));
        expect(parseCsv(toCsv(rows), ',')).toEqual(expected);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/csv.js';
import { detectNumberFormat } from '../money/parse-amount.js';
import { autoMapColumns, parseLocaleDecimal, toImportRows } from './budget-import.js';

describe('budget import mapping', () => {
  it('maps Indonesian headers and reads Indonesian numbers', () => {
    const [header, ...rows] = parseCsv('Kategori;Deskripsi;Jumlah;Satuan;Harga Satuan;Hari\nTata Suara;Sewa sound system;2,5;hari;Rp 1.250.000;3\n');
    const mapping = autoMapColumns(header!);
    expect(mapping).toMatchObject({ category: 0, description: 1, quantity: 2, unit: 3, rate: 4, multiplier: 5 });
    const { rows: out, issues } = toImportRows(rows, mapping, 'IDR', detectNumberFormat(rows.map((r) => r[2]!)));
    expect(issues).toEqual([]);
    expect(out[0]).toMatchObject({ category: 'Tata Suara', quantity: '2.5', unit: 'day', rate: '1250000', multiplier: '3', currency: 'IDR' });
  });

  it('reports every bad cell with its spreadsheet row number', () => {
    const [header, ...rows] = parseCsv('category,description,rate,unit,currency\nSound,Mics,abc,hour,IDR\nSound,,100,parsec,XYZ\nSound,Ok,100,,\n');
    const { rows: out, issues } = toImportRows(rows, autoMapColumns(header!), 'IDR');
    expect(out).toHaveLength(1);
    expect(issues).toEqual([
      { row: 2, field: 'rate', message: 'Not an amount in this currency' },
      { row: 3, field: 'currency', message: 'Unknown currency XYZ' },
      { row: 3, field: 'unit', message: 'Unknown unit parsec' },
    ]);
  });

  it('refuses fractional rupiah', () => {
    const { issues } = toImportRows([['Sound', 'Mic', '1.250,50']], { category: 0, description: 1, rate: 2 }, 'IDR', { decimalMark: ',' });
    expect(issues[0]).toMatchObject({ field: 'rate' });
  });

  it('reads numbers by the data, whatever the reader\'s language, the file\'s decimal mark settling "1.250"', () => {
    const rows = [
      ['Sound', 'Mic', '11,5 jt', '1.250'],
      ['Sound', 'Cable', 'Rp 250.000', '2,5'],
      ['Sound', 'Stand', '12.000.000,00', '3'],
    ];
    const format = detectNumberFormat(rows.flatMap((r) => [r[2]!, r[3]!]));
    expect(format).toEqual({ decimalMark: ',', example: '11,5 jt' });
    const { rows: out, issues } = toImportRows(rows, { category: 0, description: 1, rate: 2, quantity: 3 }, 'IDR', format);
    expect(issues).toEqual([]);
    expect(out.map((r) => [r.rate, r.quantity])).toEqual([
      ['11500000', '1250'],
      ['250000', '2.5'],
      ['12000000', '3'],
    ]);
    const english = toImportRows([['Sound', 'Mic', '1,250.50', '1.250']], { category: 0, description: 1, rate: 2, quantity: 3 }, 'USD', detectNumberFormat(['1,250.50']));
    expect(english.rows[0]).toMatchObject({ rate: '125050', quantity: '1.25' });
  });

  it('detects the decimal mark only from numbers that say it', () => {
    expect(detectNumberFormat(['11.500', '250'])).toEqual({ decimalMark: null, example: null });
    expect(detectNumberFormat(['1,250,000', '12.50', '3'])).toEqual({ decimalMark: '.', example: '1,250,000' });
    expect(detectNumberFormat(['Rp 1.250.000', '2,5'])).toEqual({ decimalMark: ',', example: 'Rp 1.250.000' });
  });

  it('reads locale decimals', () => {
    expect(parseLocaleDecimal('1.234,5', 3, 'id-ID')).toBe('1234.5');
    expect(parseLocaleDecimal('1,234.5', 3, 'en')).toBe('1234.5');
    expect(parseLocaleDecimal('-1', 3, 'en')).toBeNull();
  });
});

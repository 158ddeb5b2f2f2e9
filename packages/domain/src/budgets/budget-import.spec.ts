import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/csv.js';
import { autoMapColumns, parseLocaleDecimal, toImportRows } from './budget-import.js';

describe('budget import mapping', () => {
  it('maps Indonesian headers and reads Indonesian numbers', () => {
    const [header, ...rows] = parseCsv('Kategori;Deskripsi;Jumlah;Satuan;Harga Satuan;Hari\nTata Suara;Sewa sound system;2,5;hari;Rp 1.250.000;3\n');
    const mapping = autoMapColumns(header!);
    expect(mapping).toMatchObject({ category: 0, description: 1, quantity: 2, unit: 3, rate: 4, multiplier: 5 });
    const { rows: out, issues } = toImportRows(rows, mapping, 'IDR', 'id-ID');
    expect(issues).toEqual([]);
    expect(out[0]).toMatchObject({ category: 'Tata Suara', quantity: '2.5', unit: 'day', rate: '1250000', multiplier: '3', currency: 'IDR' });
  });

  it('reports every bad cell with its spreadsheet row number', () => {
    const [header, ...rows] = parseCsv('category,description,rate,unit,currency\nSound,Mics,abc,hour,IDR\nSound,,100,parsec,XYZ\nSound,Ok,100,,\n');
    const { rows: out, issues } = toImportRows(rows, autoMapColumns(header!), 'IDR', 'en');
    expect(out).toHaveLength(1);
    expect(issues).toEqual([
      { row: 2, field: 'rate', message: 'Not an amount in this currency' },
      { row: 3, field: 'currency', message: 'Unknown currency XYZ' },
      { row: 3, field: 'unit', message: 'Unknown unit parsec' },
    ]);
  });

  it('refuses fractional rupiah', () => {
    const { issues } = toImportRows([['Sound', 'Mic', '1.250,50']], { category: 0, description: 1, rate: 2 }, 'IDR', 'id-ID');
    expect(issues[0]).toMatchObject({ field: 'rate' });
  });

  it('reads locale decimals', () => {
    expect(parseLocaleDecimal('1.234,5', 3, 'id-ID')).toBe('1234.5');
    expect(parseLocaleDecimal('1,234.5', 3, 'en')).toBe('1234.5');
    expect(parseLocaleDecimal('-1', 3, 'en')).toBeNull();
  });
});

import { autoMapColumns, IMPORT_FIELDS, parseCsv, toImportRows, detectNumberFormat } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { rowsFingerprint, serverRowErrors, templateCsv } from './import-csv';

describe('import template', () => {
  it.each([
    ['id', 'id-ID', 'Hari'],
    ['en', 'en-US', 'Day'],
  ] as const)('maps itself and parses without issues in %s', (language, locale, unitLabel) => {
    const csv = templateCsv({ language, locale, category: 'Tata Suara', currency: 'IDR', unitLabel });
    const [header, ...rows] = parseCsv(csv);
    const mapping = autoMapColumns(header!);
    expect(Object.keys(mapping).sort()).toEqual([...IMPORT_FIELDS].sort());
    const { rows: parsed, issues } = toImportRows(rows, mapping, 'IDR', detectNumberFormat(rows.flat()));
    expect(issues).toEqual([]);
    expect(parsed[0]).toMatchObject({ category: 'Tata Suara', quantity: '2.5', unit: 'day', rate: '12500000' });
  });

  it('groups the server’s row errors by the row sent', () => {
    const grouped = serverRowErrors([
      { pointer: '/body/rows/2/category', code: 'invalid_row', message: 'No category "X" in this budget' },
      { pointer: '/body/rows/2/fringes', code: 'invalid_row', message: 'No fringe rule "Y"' },
      { pointer: '/body/rows/0/rate', code: 'too_big', message: 'Too big' },
      { pointer: '/headers/idempotency-key', code: 'invalid_key', message: 'Bad key' },
    ]);
    expect(grouped.get(2)).toEqual([
      { field: 'category', message: 'No category "X" in this budget' },
      { field: 'fringes', message: 'No fringe rule "Y"' },
    ]);
    expect(grouped.get(0)).toHaveLength(1);
    expect(grouped.get(-1)).toHaveLength(1);
  });
});

describe('rowsFingerprint', () => {
  it('is the same for the same rows and differs when a row changes', () => {
    const rows = [{ category: '300', description: 'Mic', rate: '100' }];
    expect(rowsFingerprint(rows)).toBe(rowsFingerprint([{ ...rows[0]! }]));
    expect(rowsFingerprint(rows)).not.toBe(rowsFingerprint([{ ...rows[0]!, rate: '101' }]));
  });
});

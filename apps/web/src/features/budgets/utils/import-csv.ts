import { IMPORT_FIELDS, type CurrencyCode, type FieldError, type ImportField } from '@rundown/domain';
import { formatLocaleDecimal, formatMinorPlain } from '../../../lib/number-format';

/**
 * Header names of the downloadable template, per language. Each one is an alias the domain's
 * `autoMapColumns` recognises, so the template maps itself.
 */
export const TEMPLATE_HEADERS: Readonly<Record<'en' | 'id', Record<ImportField, string>>> = {
  en: {
    category: 'Category', description: 'Description', accountCode: 'Account code', vendor: 'Vendor', quantity: 'Quantity', unit: 'Unit',
    rate: 'Rate', currency: 'Currency', exchangeRate: 'Exchange rate', multiplier: 'Multiplier', notes: 'Notes', fringes: 'Fringes',
  },
  id: {
    category: 'Kategori', description: 'Deskripsi', accountCode: 'Kode Akun', vendor: 'Vendor', quantity: 'Jumlah', unit: 'Satuan',
    rate: 'Harga Satuan', currency: 'Mata Uang', exchangeRate: 'Kurs', multiplier: 'Pengali', notes: 'Catatan', fringes: 'Pajak',
  },
};

function delimited(rows: readonly (readonly string[])[], delimiter: string): string {
  return rows
    .map((row) => row.map((cell) => (cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter))
    .join('\r\n');
}

/**
 * The "Download template" file: the header row in the current language plus one example row,
 * numbers written the way that language writes them. Indonesian spreadsheets expect ";" between
 * cells because "," is their decimal separator.
 */
export function templateCsv(options: {
  language: 'en' | 'id';
  locale: string;
  category: string;
  currency: CurrencyCode;
  unitLabel: string;
}): string {
  const { language, locale } = options;
  const headers = TEMPLATE_HEADERS[language];
  const example: Record<ImportField, string> = {
    category: options.category,
    description: language === 'id' ? 'Sewa sound system 10.000 watt' : 'Sound system rental, 10,000 W',
    accountCode: '3100',
    vendor: 'PT Suara Jaya Audio',
    quantity: formatLocaleDecimal('2.5', locale, { group: false }),
    unit: options.unitLabel,
    rate: formatMinorPlain(options.currency === 'IDR' ? '12500000' : '125000', options.currency, locale),
    currency: options.currency,
    exchangeRate: '1',
    multiplier: '1',
    notes: language === 'id' ? 'Termasuk operator' : 'Operator included',
    fringes: '',
  };
  const delimiter = language === 'id' ? ';' : ',';
  return `\uFEFF${delimited([IMPORT_FIELDS.map((f) => headers[f]), IMPORT_FIELDS.map((f) => example[f])], delimiter)}\r\n`;
}

export type RowProblem = { field: string; message: string };

/**
 * The server's per-row errors (`/body/rows/N/field`) grouped by the index of the row sent.
 * Anything not about a row is returned under -1.
 */
export function serverRowErrors(errors: readonly FieldError[]): Map<number, RowProblem[]> {
  const out = new Map<number, RowProblem[]>();
  for (const error of errors) {
    const match = /^\/body\/rows\/(\d+)(?:\/([^/]+))?/.exec(error.pointer);
    const index = match ? Number(match[1]) : -1;
    const list = out.get(index) ?? [];
    list.push({ field: match?.[2] ?? 'row', message: error.message });
    out.set(index, list);
  }
  return out;
}

/** A fresh Idempotency-Key: kept while the same rows are retried, replaced when they change. */
export function newIdempotencyKey(): string {
  return `import-${crypto.randomUUID()}`;
}

/** A short fingerprint of the rows to import (FNV-1a of their JSON), to recognise a retry of the same rows. */
export function rowsFingerprint(rows: readonly unknown[]): string {
  const text = JSON.stringify(rows);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${rows.length}:${text.length}:${hash.toString(16)}`;
}

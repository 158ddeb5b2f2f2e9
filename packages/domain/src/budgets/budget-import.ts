import { z } from 'zod';
import { distinctItems, str } from '../common/primitives.js';
import { currencyCodeSchema, type CurrencyCode } from '../money/currency.js';
import { parseAmount, parseMoneyAmount, type NumberFormatHint } from '../money/parse-amount.js';
import { amountSchema, exchangeRateSchema, lineUnitSchema, LINE_UNITS, multiplierSchema, quantitySchema, type LineUnit } from './budget.schemas.js';
import { formatDecimal, parseDecimal } from './decimal.js';

/** One line to import, in canonical form (the dashboard maps and parses the CSV into these). */
export const importRowSchema = z.object({
  /** The category's code or name, as in the budget. */
  category: str().trim().min(1).max(120),
  description: str().trim().min(1).max(300),
  accountCode: str().trim().max(30).nullish(),
  vendor: str().trim().max(200).nullish(),
  quantity: quantitySchema.default('1'),
  unit: lineUnitSchema.default('flat'),
  rate: amountSchema,
  currency: currencyCodeSchema.nullish(),
  exchangeRate: exchangeRateSchema.default('1'),
  multiplier: multiplierSchema.default('1'),
  notes: str().trim().max(2000).nullish(),
  /** Fringe rule names. */
  fringes: z.array(str().trim().min(1).max(80)).max(20).check(distinctItems).default([]),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importLinesSchema = z.object({ rows: z.array(importRowSchema).min(1).max(20_000) });
export const importResultSchema = z.object({ created: z.number().int() });

export const IMPORT_FIELDS = [
  'category', 'description', 'accountCode', 'vendor', 'quantity', 'unit', 'rate', 'currency', 'exchangeRate', 'multiplier', 'notes', 'fringes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['category', 'description', 'rate'];

/** Header names people use, in English and Bahasa Indonesia, lower-cased. */
const ALIASES: Record<ImportField, string[]> = {
  category: ['category', 'kategori', 'account group', 'kelompok'],
  description: ['description', 'deskripsi', 'item', 'uraian', 'keterangan item'],
  accountCode: ['account', 'account code', 'kode akun', 'kode'],
  vendor: ['vendor', 'supplier', 'pemasok'],
  quantity: ['quantity', 'qty', 'jumlah', 'kuantitas', 'volume'],
  unit: ['unit', 'satuan'],
  rate: ['rate', 'price', 'unit price', 'harga', 'harga satuan', 'tarif'],
  currency: ['currency', 'mata uang'],
  exchangeRate: ['exchange rate', 'fx', 'kurs'],
  multiplier: ['multiplier', 'days', 'episodes', 'pengali', 'hari'],
  notes: ['notes', 'note', 'catatan'],
  fringes: ['fringes', 'taxes', 'pajak', 'fringe'],
};

/** Guesses which column holds which field from the header row. */
export function autoMapColumns(headers: readonly string[]): Partial<Record<ImportField, number>> {
  const mapping: Partial<Record<ImportField, number>> = {};
  headers.forEach((header, index) => {
    const h = header.trim().toLowerCase();
    const field = IMPORT_FIELDS.find((f) => mapping[f] === undefined && ALIASES[f].includes(h));
    if (field) mapping[field] = index;
  });
  return mapping;
}

const UNIT_ALIASES: Record<string, LineUnit> = {
  paket: 'flat', borongan: 'flat', jam: 'hour', hari: 'day', minggu: 'week', bulan: 'month', buah: 'item', pcs: 'item', unit: 'item',
  orang: 'person', set: 'set', lot: 'lot', km: 'km',
};

/** A decimal as people type it in `locale` ("2,5" in id-ID) → canonical "2.5", or null. */
export function parseLocaleDecimal(text: string, scale: number, locale: string): string | null {
  const decimalSep = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const groupSep = decimalSep === ',' ? '.' : ',';
  const cleaned = text.trim().replace(/\s/g, '').split(groupSep).join('').replace(decimalSep, '.');
  const value = parseDecimal(cleaned, scale);
  return value === null || value < 0n ? null : formatDecimal(value, scale);
}

export type ImportIssue = { row: number; field: ImportField | 'row'; message: string };

/**
 * Turns CSV rows (header excluded) into import rows, reading numbers and money by what they
 * say (`parseAmount`), with the file's decimal mark (`detectNumberFormat`) settling `1.250`. Rows are numbered from 1 after the header, as a spreadsheet user sees them + 1.
 */
export function toImportRows(
  rows: readonly (readonly string[])[],
  mapping: Partial<Record<ImportField, number>>,
  budgetCurrency: CurrencyCode,
  format: NumberFormatHint = {},
): { rows: ImportRow[]; issues: ImportIssue[] } {
  const out: ImportRow[] = [];
  const issues: ImportIssue[] = [];
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const get = (field: ImportField) => (mapping[field] === undefined ? '' : (cells[mapping[field]!] ?? '').trim());
    const problems: ImportIssue[] = [];
    const fail = (field: ImportField, message: string) => problems.push({ row: rowNumber, field, message });

    const currencyText = get('currency').toUpperCase();
    const currency = currencyText ? currencyCodeSchema.safeParse(currencyText) : null;
    if (currency && !currency.success) fail('currency', `Unknown currency ${currencyText}`);
    const lineCurrency = currency?.success ? currency.data : budgetCurrency;

    const rateRead = parseMoneyAmount(get('rate'), lineCurrency, format);
    const rate = rateRead.status === 'ok' ? rateRead.value : null;
    if (get('rate') === '' || rate === null || rate < 0n) {
      fail('rate', rateRead.status === 'ambiguous' ? 'Not an amount in this currency: could be read two ways' : 'Not an amount in this currency');
    }
    const decimal = (field: ImportField, scale: number, fallback: string) => {
      const raw = get(field);
      if (raw === '') return fallback;
      const read = parseAmount(raw, scale, format);
      const value = read.status === 'ok' && read.value >= 0n ? formatDecimal(read.value, scale) : null;
      if (value === null) fail(field, `Not a number with at most ${scale} decimals`);
      return value ?? fallback;
    };
    const unitText = get('unit').toLowerCase();
    const unit = unitText === '' ? 'flat' : ((LINE_UNITS as readonly string[]).includes(unitText) ? (unitText as LineUnit) : UNIT_ALIASES[unitText]);
    if (!unit) fail('unit', `Unknown unit ${get('unit')}`);

    const candidate = {
      category: get('category'),
      description: get('description'),
      accountCode: get('accountCode') || null,
      vendor: get('vendor') || null,
      quantity: decimal('quantity', 3, '1'),
      unit: unit ?? 'flat',
      rate: rate?.toString() ?? '0',
      currency: lineCurrency,
      exchangeRate: decimal('exchangeRate', 6, '1'),
      multiplier: decimal('multiplier', 3, '1'),
      notes: get('notes') || null,
      fringes: get('fringes').split(/[;|]/).map((s) => s.trim()).filter(Boolean),
    };
    if (problems.length === 0) {
      const parsed = importRowSchema.safeParse(candidate);
      if (parsed.success) out.push(parsed.data);
      else for (const issue of parsed.error.issues) fail((issue.path[0] as ImportField) ?? 'row', issue.message);
    }
    issues.push(...problems);
  });
  return { rows: out, issues };
}

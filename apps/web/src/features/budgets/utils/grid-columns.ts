import {
  amountSchema,
  CURRENCY_CODES,
  currencyExponent,
  currencyCodeSchema,
  derive,
  exchangeRateSchema,
  LINE_UNITS,
  multiplierSchema,
  formatDecimal,
  parseAmount,
  parseMoneyAmount,
  type AmountParse,
  quantitySchema,
  type BudgetLine,
  type CurrencyCode,
  type FringeRuleDto,
  type LineUnit,
  type UpdateLineInput,
} from '@rundown/domain';
import { en, id } from '../../../lib/locales/features';
import { formatMoneyInLocale as formatMoney } from '../../../lib/format';
import { formatLocaleDecimal, formatMinorPlain, formatPercentFromBasisPoints } from '../../../lib/number-format';

export const GRID_COLUMN_IDS = [
  'accountCode',
  'description',
  'vendor',
  'quantity',
  'unit',
  'rate',
  'currency',
  'exchangeRate',
  'multiplier',
  'fringes',
  'estimate',
  'committed',
  'actual',
  'variance',
  'notes',
] as const;
export type GridColumnId = (typeof GRID_COLUMN_IDS)[number];

type TextField = 'accountCode' | 'description' | 'vendor' | 'notes';
type DecimalField = 'quantity' | 'multiplier' | 'exchangeRate';

export type GridColumnSpec =
  | { id: GridColumnId; kind: 'text'; field: TextField; max: number; required?: boolean; width: number }
  | { id: GridColumnId; kind: 'decimal'; field: DecimalField; scale: number; width: number }
  | { id: GridColumnId; kind: 'rate'; field: 'rate'; width: number }
  | { id: GridColumnId; kind: 'unit'; field: 'unit'; width: number }
  | { id: GridColumnId; kind: 'currency'; field: 'currency'; width: number }
  | { id: GridColumnId; kind: 'fringes'; field: 'fringeIds'; width: number }
  | { id: GridColumnId; kind: 'computed'; field: null; width: number };

/** Every column of the grid, in order, with how its cells are read, written and sized (px). */
export const GRID_COLUMNS: readonly GridColumnSpec[] = [
  { id: 'accountCode', kind: 'text', field: 'accountCode', max: 30, width: 66 },
  { id: 'description', kind: 'text', field: 'description', max: 300, required: true, width: 214 },
  { id: 'vendor', kind: 'text', field: 'vendor', max: 200, width: 128 },
  { id: 'quantity', kind: 'decimal', field: 'quantity', scale: 3, width: 56 },
  { id: 'unit', kind: 'unit', field: 'unit', width: 70 },
  { id: 'rate', kind: 'rate', field: 'rate', width: 136 },
  { id: 'currency', kind: 'currency', field: 'currency', width: 64 },
  { id: 'exchangeRate', kind: 'decimal', field: 'exchangeRate', scale: 6, width: 88 },
  { id: 'multiplier', kind: 'decimal', field: 'multiplier', scale: 3, width: 68 },
  { id: 'fringes', kind: 'fringes', field: 'fringeIds', width: 96 },
  { id: 'estimate', kind: 'computed', field: null, width: 136 },
  { id: 'committed', kind: 'computed', field: null, width: 124 },
  { id: 'actual', kind: 'computed', field: null, width: 124 },
  { id: 'variance', kind: 'computed', field: null, width: 128 },
  { id: 'notes', kind: 'text', field: 'notes', max: 2000, width: 220 },
];

export const COLUMN_BY_ID: Readonly<Record<GridColumnId, GridColumnSpec>> = Object.fromEntries(
  GRID_COLUMNS.map((c) => [c.id, c]),
) as Record<GridColumnId, GridColumnSpec>;

/** Columns a person cannot hide: without them a row means nothing. */
export const ALWAYS_VISIBLE: ReadonlySet<GridColumnId> = new Set(['description', 'estimate']);

export const NUMERIC_COLUMNS: ReadonlySet<GridColumnId> = new Set([
  'quantity', 'rate', 'exchangeRate', 'multiplier', 'estimate', 'committed', 'actual', 'variance',
]);

export function isEditableColumn(id: GridColumnId): boolean {
  return COLUMN_BY_ID[id].kind !== 'computed';
}

export type CellContext = {
  /** Intl locale numbers are read and written in ("id-ID", "en-US"). */
  locale: string;
  budgetCurrency: CurrencyCode;
  fringes: readonly FringeRuleDto[];
  /** The unit's name in the current language. */
  unitLabel: (unit: LineUnit) => string;
};

/** A cell that could not be read: an i18n key under `budgets.cellErrors` and its values. */
export type CellError = { key: CellErrorKey; values?: Record<string, string | number> };
export type CellErrorKey =
  | 'required'
  | 'tooLong'
  | 'notNumber'
  | 'notMoney'
  | 'unknownUnit'
  | 'unknownCurrency'
  | 'unknownFringe'
  | 'readOnly'
  | 'sameCurrencyRate'
  | 'rateNotPositive'
  | 'ambiguousAmount'
  | 'tooManyDecimals'
  | 'moneyDecimals';

export type CellParse = { ok: true; patch: UpdateLineInput } | { ok: false; error: CellError };

// ---------------------------------------------------------------------------------------------
// Reading values out of a line.

export function lineVariance(line: BudgetLine): bigint {
  return BigInt(line.estimate) - BigInt(line.actual);
}

export function lineIsOverBudget(line: BudgetLine): boolean {
  return derive({ estimate: BigInt(line.estimate), committed: BigInt(line.committed), actual: BigInt(line.actual), paid: BigInt(line.paid) })
    .overBudget;
}

export function fringeNames(line: BudgetLine, fringes: readonly FringeRuleDto[]): string[] {
  const byId = new Map(fringes.map((f) => [f.id, f.name]));
  return line.fringeIds.map((fid) => byId.get(fid) ?? '?');
}

/**
 * An amount as the grid shows it: grouped the app's way, without a currency symbol (the column
 * header names the budget's currency), negatives with a true minus sign: "−1.250.000".
 */
export function formatGridAmount(minor: string | bigint, currency: CurrencyCode, locale: string): string {
  return formatMinorPlain(minor, currency, locale).replace(/^-/, '−');
}

/** Columns that hold amounts: right-aligned, sized to their widest value, never truncated. */
export const MONEY_COLUMNS: ReadonlySet<GridColumnId> = new Set(['rate', 'estimate', 'committed', 'actual', 'variance']);

/**
 * Pixels a money column needs for `text` (13 px tabular digits) and for its header (12 px),
 * including the cell's padding and border. Measured in Chromium on the grid's font.
 */
export function amountColumnWidth(text: string, header: { label: string; currency: string }, minimum = 64): number {
  const digits = text.replace(/[^\d−-]/g, '').length;
  const marks = text.length - digits;
  const body = Math.ceil(digits * 7.6 + marks * 3.8 + 22);
  const head = Math.ceil(header.label.length * 6.6 + header.currency.length * 6 + 4 + 19);
  return Math.max(minimum, body, head);
}

/** What a cell shows. */
export function formatCell(line: BudgetLine, column: GridColumnId, ctx: CellContext): string {
  const money = (minor: string | bigint, currency: CurrencyCode = ctx.budgetCurrency) =>
    currency === ctx.budgetCurrency ? formatGridAmount(minor, currency, ctx.locale) : `${formatGridAmount(minor, currency, ctx.locale)} ${currency}`;
  switch (column) {
    case 'accountCode':
      return line.accountCode ?? '';
    case 'description':
      return line.description;
    case 'vendor':
      return line.vendor ?? '';
    case 'notes':
      return line.notes ?? '';
    case 'quantity':
      return formatLocaleDecimal(line.quantity, ctx.locale);
    case 'multiplier':
      return formatLocaleDecimal(line.multiplier, ctx.locale);
    case 'exchangeRate':
      return line.currency === ctx.budgetCurrency ? '' : formatLocaleDecimal(line.exchangeRate, ctx.locale);
    case 'unit':
      return ctx.unitLabel(line.unit);
    case 'rate':
      return money(line.rate, line.currency);
    case 'currency':
      return line.currency;
    case 'fringes':
      return fringeNames(line, ctx.fringes).join(', ');
    case 'estimate':
      return money(line.estimate);
    case 'committed':
      return money(line.committed);
    case 'actual':
      return money(line.actual);
    case 'variance':
      return money(lineVariance(line));
  }
}

/** What Ctrl/⌘+C puts on the clipboard: numbers without symbols, so a spreadsheet reads them as numbers. */
export function copyText(line: BudgetLine, column: GridColumnId, ctx: CellContext): string {
  switch (column) {
    case 'rate':
      return formatMinorPlain(line.rate, line.currency, ctx.locale);
    case 'estimate':
      return formatMinorPlain(line.estimate, ctx.budgetCurrency, ctx.locale);
    case 'committed':
      return formatMinorPlain(line.committed, ctx.budgetCurrency, ctx.locale);
    case 'actual':
      return formatMinorPlain(line.actual, ctx.budgetCurrency, ctx.locale);
    case 'variance':
      return formatMinorPlain(lineVariance(line), ctx.budgetCurrency, ctx.locale);
    case 'exchangeRate':
      return formatLocaleDecimal(line.exchangeRate, ctx.locale, { group: false });
    case 'quantity':
    case 'multiplier':
      return formatLocaleDecimal(line[column], ctx.locale, { group: false });
    case 'fringes':
      return fringeNames(line, ctx.fringes).join('; ');
    default:
      return formatCell(line, column, ctx);
  }
}

/** The text an editor starts with when a person presses Enter or F2 on the cell. */
export function editText(line: BudgetLine, column: GridColumnId, ctx: CellContext): string {
  if (column === 'exchangeRate') return formatLocaleDecimal(line.exchangeRate, ctx.locale, { group: false });
  return copyText(line, column, ctx);
}

// ---------------------------------------------------------------------------------------------
// Writing values into a line.

function unitAliases(): Map<string, LineUnit> {
  const map = new Map<string, LineUnit>();
  for (const unit of LINE_UNITS) {
    map.set(unit, unit);
    map.set(en.budgets.units[unit].toLowerCase(), unit);
    map.set(id.budgets.units[unit].toLowerCase(), unit);
  }
  // What people write in Indonesian spreadsheets, beside the labels above.
  const extra: Record<string, LineUnit> = {
    paket: 'flat', borongan: 'flat', ls: 'flat', 'lump sum': 'flat', jam: 'hour', hr: 'hour', hari: 'day', days: 'day', minggu: 'week',
    bulan: 'month', buah: 'item', pcs: 'item', unit: 'item', items: 'item', orang: 'person', pax: 'person', people: 'person', sets: 'set',
  };
  for (const [alias, unit] of Object.entries(extra)) if (!map.has(alias)) map.set(alias, unit);
  return map;
}
let units: Map<string, LineUnit> | null = null;

export function parseUnit(text: string): LineUnit | null {
  units ??= unitAliases();
  return units.get(text.trim().toLowerCase()) ?? null;
}

export function parseCurrency(text: string): CurrencyCode | null {
  const parsed = currencyCodeSchema.safeParse(text.trim().toUpperCase());
  return parsed.success ? parsed.data : null;
}

/** Fringe rule names separated by ";", "|" or ",", matched without regard to case. */
export function parseFringeNames(text: string, fringes: readonly FringeRuleDto[]): { ids: string[] } | { unknown: string } {
  const byName = new Map(fringes.map((f) => [f.name.trim().toLowerCase(), f.id]));
  const ids: string[] = [];
  for (const name of text.split(/[;|,]/).map((s) => s.trim()).filter(Boolean)) {
    const found = byName.get(name.toLowerCase());
    if (!found) return { unknown: name };
    if (!ids.includes(found)) ids.push(found);
  }
  return { ids };
}

/** The value a cleared cell (Delete) takes. Null when the column cannot be cleared. */
function clearedPatch(column: GridColumnSpec, ctx: CellContext): UpdateLineInput | null {
  switch (column.kind) {
    case 'text':
      return column.required ? null : { [column.field]: null };
    case 'decimal':
      return { [column.field]: column.field === 'quantity' ? '0' : '1' };
    case 'rate':
      return { rate: '0' };
    case 'unit':
      return { unit: 'flat' };
    case 'currency':
      return { currency: ctx.budgetCurrency };
    case 'fringes':
      return { fringeIds: [] };
    case 'computed':
      return null;
  }
}

/**
 * Reads what a person typed or pasted into one cell of `line` as a PATCH body.
 * Empty text clears the cell. `currency` overrides the line's currency (a pasted row may change both).
 */
export function parseCell(text: string, columnId: GridColumnId, line: BudgetLine, ctx: CellContext, currency: CurrencyCode = line.currency): CellParse {
  const column = COLUMN_BY_ID[columnId];
  const value = text.replace(/\r?\n$/, '');
  const trimmed = value.trim();
  if (column.kind === 'computed') return { ok: false, error: { key: 'readOnly' } };
  if (column.field === 'exchangeRate' && currency === ctx.budgetCurrency) {
    // Same currency as the budget: the rate is always 1. Accept 1 or nothing (a row copied back in).
    const read = trimmed === '' ? null : parseAmount(trimmed, 6);
    const parsed = trimmed === '' ? '1' : read?.status === 'ok' ? formatDecimal(read.value, 6) : null;
    return parsed !== null && /^1(\.0*)?$/.test(parsed) ? { ok: true, patch: {} } : { ok: false, error: { key: 'sameCurrencyRate', values: { currency } } };
  }
  if (trimmed === '') {
    const patch = clearedPatch(column, ctx);
    return patch ? { ok: true, patch } : { ok: false, error: { key: 'required' } };
  }
  switch (column.kind) {
    case 'text':
      if (trimmed.length > column.max) return { ok: false, error: { key: 'tooLong', values: { max: column.max } } };
      return { ok: true, patch: { [column.field]: trimmed } };
    case 'decimal': {
      const read = parseAmount(trimmed, column.scale);
      if (read.status !== 'ok') return { ok: false, error: amountError(read, { scale: column.scale }, ctx, 'notNumber') };
      const parsed = read.value < 0n ? null : formatDecimal(read.value, column.scale);
      const schema = column.field === 'quantity' ? quantitySchema : column.field === 'multiplier' ? multiplierSchema : exchangeRateSchema;
      if (parsed === null) return { ok: false, error: { key: 'notNumber', values: { scale: column.scale } } };
      if (!schema.safeParse(parsed).success) {
        return { ok: false, error: { key: column.field === 'exchangeRate' ? 'rateNotPositive' : 'notNumber', values: { scale: column.scale } } };
      }
      return { ok: true, patch: { [column.field]: parsed } };
    }
    case 'rate': {
      const read = parseMoneyAmount(trimmed, currency);
      if (read.status !== 'ok') return { ok: false, error: amountError(read, { currency }, ctx, 'notMoney') };
      const minor = read.value;
      if (minor < 0n || !amountSchema.safeParse(minor.toString()).success) {
        return { ok: false, error: { key: 'notMoney', values: { currency } } };
      }
      return { ok: true, patch: { rate: minor.toString() } };
    }
    case 'unit': {
      const unit = parseUnit(trimmed);
      return unit ? { ok: true, patch: { unit } } : { ok: false, error: { key: 'unknownUnit', values: { value: trimmed } } };
    }
    case 'currency': {
      const code = parseCurrency(trimmed);
      return code ? { ok: true, patch: { currency: code } } : { ok: false, error: { key: 'unknownCurrency', values: { value: trimmed, codes: CURRENCY_CODES.join(', ') } } };
    }
    case 'fringes': {
      const result = parseFringeNames(trimmed, ctx.fringes);
      return 'ids' in result ? { ok: true, patch: { fringeIds: result.ids } } : { ok: false, error: { key: 'unknownFringe', values: { value: result.unknown } } };
    }
  }
}

/** Why an amount could not be read, in the cell's words: ambiguous readings are spelled out. */
function amountError(read: Exclude<AmountParse, { status: 'ok' }>, values: Record<string, string | number>, ctx: CellContext, fallback: CellErrorKey): CellError {
  if (read.status === 'ambiguous') {
    const scale = typeof values.scale === 'number' ? values.scale : null;
    const show = (v: bigint) => (scale === null ? formatGridAmount(v, values.currency as CurrencyCode, ctx.locale) : formatLocaleDecimal(formatDecimal(v, scale), ctx.locale));
    return { key: 'ambiguousAmount', values: { first: show(read.readings[0].value), second: show(read.readings[1].value) } };
  }
  if (read.reason === 'precision') {
    return typeof values.currency === 'string'
      ? { key: 'moneyDecimals', values: { currency: values.currency, count: currencyExponent(values.currency as CurrencyCode) } }
      : { key: 'tooManyDecimals', values };
  }
  return { key: fallback, values };
}

/** The patch Delete applies to a cell, or an error when it cannot be cleared. */
export function clearCell(columnId: GridColumnId, line: BudgetLine, ctx: CellContext): CellParse {
  return parseCell('', columnId, line, ctx);
}

/** The fields of `line` a patch would change, with their current values (for undo). */
export function previousValues(line: BudgetLine, patch: UpdateLineInput): UpdateLineInput {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof UpdateLineInput)[]) before[key] = line[key];
  return before as UpdateLineInput;
}

/** Drops fields the patch would not change. */
export function effectivePatch(line: BudgetLine, patch: UpdateLineInput): UpdateLineInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const current = line[key as keyof BudgetLine];
    const same = Array.isArray(value) && Array.isArray(current)
      ? [...value].sort().join(',') === [...current].sort().join(',')
      : (value ?? null) === (current ?? null);
    if (!same) out[key] = value;
  }
  return out as UpdateLineInput;
}

export function formatFringeRule(rule: FringeRuleDto, locale: string): string {
  if (rule.kind === 'percent') return `${formatPercentFromBasisPoints(rule.basisPoints ?? 0, locale)}%`;
  return rule.amount && rule.currency ? formatMoney(rule.amount, rule.currency, locale) : '';
}

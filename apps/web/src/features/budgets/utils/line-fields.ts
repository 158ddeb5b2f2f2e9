import { formatMoney, type BudgetLine, type UpdateLineInput } from '@rundown/domain';
import { fringeNames, type CellContext, type GridColumnId } from './grid-columns';
import { formatLocaleDecimal } from '../../../lib/number-format';

/** Fields of a line a person changes, in the order they are listed in conflicts and history. */
export const LINE_FIELDS = [
  'description', 'categoryId', 'accountCode', 'vendor', 'quantity', 'unit', 'rate', 'currency', 'exchangeRate', 'multiplier', 'fringeIds', 'notes',
  'estimate',
] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/** The grid column a field is shown in (for its label), or 'category'. */
export const FIELD_COLUMN: Record<LineField, GridColumnId | 'category'> = {
  description: 'description', categoryId: 'category', accountCode: 'accountCode', vendor: 'vendor', quantity: 'quantity', unit: 'unit',
  rate: 'rate', currency: 'currency', exchangeRate: 'exchangeRate', multiplier: 'multiplier', fringeIds: 'fringes', notes: 'notes',
  estimate: 'estimate',
};

/** One field of a (possibly partial, e.g. from the audit log) line as a person reads it. */
export function fieldText(field: LineField, line: Partial<BudgetLine>, ctx: CellContext, categoryName: (id: string) => string): string {
  const value = line[field];
  if (value === null || value === undefined || value === '') return '—';
  switch (field) {
    case 'categoryId':
      return categoryName(String(value));
    case 'quantity':
    case 'multiplier':
    case 'exchangeRate':
      return formatLocaleDecimal(String(value), ctx.locale);
    case 'unit':
      return ctx.unitLabel(value as BudgetLine['unit']);
    case 'rate':
      return formatMoney(String(value), line.currency ?? ctx.budgetCurrency, ctx.locale);
    case 'estimate':
      return formatMoney(String(value), ctx.budgetCurrency, ctx.locale);
    case 'fringeIds':
      return fringeNames({ fringeIds: value as string[] } as BudgetLine, ctx.fringes).join(', ') || '—';
    default:
      return String(value);
  }
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join(',') === [...b].sort().join(',') : (a ?? null) === (b ?? null);

/** The fields that differ between two versions of a line. */
export function changedFields(before: Partial<BudgetLine> | null, after: Partial<BudgetLine> | null): LineField[] {
  if (!before || !after) return [];
  return LINE_FIELDS.filter((f) => (f in before || f in after) && !same(before[f], after[f]));
}

/** The fields a patch touches, in display order. */
export function patchFields(patch: UpdateLineInput): LineField[] {
  return LINE_FIELDS.filter((f) => f in patch);
}

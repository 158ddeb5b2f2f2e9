import {
  columnSizingFeature,
  columnVisibilityFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import type { BudgetLine, CurrencyCode } from '@rundown/domain';
import type { TFunction } from 'i18next';
import { cn } from '../../../../lib/cn';
import { formatMoneyInLocale } from '../../../../lib/format';
import {
  amountColumnWidth,
  formatCell,
  formatGridAmount,
  GRID_COLUMNS,
  lineIsOverBudget,
  lineVariance,
  MONEY_COLUMNS,
  type CellContext,
  type GridColumnId,
} from '../../utils/grid-columns';
import type { DisplayRow } from '../../utils/grid-model';

/** The grid's TanStack Table features: columns that can be hidden, with fixed sizes. */
export const gridFeatures = tableFeatures({ columnVisibilityFeature, columnSizingFeature });
type GridFeatures = typeof gridFeatures;

/** What a line shows in one column, over budget in red. */
export function LineCell({ line, column, ctx }: { line: BudgetLine; column: GridColumnId; ctx: CellContext }) {
  const text = formatCell(line, column, ctx);
  switch (column) {
    case 'committed':
    case 'actual':
      return <span className={cn(lineIsOverBudget(line) && BigInt(line[column]) > BigInt(line.estimate) && 'font-medium text-danger')}>{text}</span>;
    case 'variance':
      return <span className={cn(lineVariance(line) < 0n && 'font-medium text-danger')}>{text}</span>;
    case 'estimate':
      return <span className="font-medium">{text}</span>;
    case 'exchangeRate':
      // A foreign-currency line still at rate 1 is almost certainly unfinished.
      if (line.currency !== ctx.budgetCurrency && line.exchangeRate === '1') {
        return <span className="rounded bg-warning/20 px-1 text-[color-mix(in_oklch,var(--warning)_70%,var(--foreground))]">{text}</span>;
      }
      return <>{text}</>;
    case 'rate':
      return line.currency === ctx.budgetCurrency ? <>{text}</> : <span title={formatMoneyInLocale(line.subtotal, ctx.budgetCurrency, ctx.locale)}>{text}</span>;
    default:
      return <>{text}</>;
  }
}

/**
 * Column definitions: header labels and widths (rows draw their cells with LineCell). Money
 * headers name the budget's currency, so the cells below need no symbol.
 */
export function gridColumns(t: TFunction, currency: CurrencyCode): ColumnDef<GridFeatures, DisplayRow, unknown>[] {
  return GRID_COLUMNS.map((spec) => ({
    id: spec.id,
    size: spec.width,
    minSize: spec.width,
    enableHiding: spec.id !== 'description' && spec.id !== 'estimate',
    header: () => (
      <span title={t(`budgets.columnNames.${spec.id}`)}>
        {t(`budgets.columns.${spec.id}`)}
        {MONEY_COLUMNS.has(spec.id) ? <span className="ml-1 text-[11px] font-normal text-muted-foreground/80">{currency}</span> : null}
      </span>
    ),
  }));
}

/**
 * The width each money column needs: its widest value among lines and category totals (by
 * magnitude, plus a minus sign when any is negative) and its header. Cheap on 10,000 lines:
 * bigint comparisons, then one formatting per column.
 */
export function moneyColumnWidths(rows: readonly DisplayRow[], ctx: CellContext, header: (id: GridColumnId) => { label: string; currency: string }): Partial<Record<GridColumnId, number>> {
  const abs = (v: bigint) => (v < 0n ? -v : v);
  const widest = new Map<GridColumnId, { max: bigint; negative: boolean }>();
  const see = (id: GridColumnId, v: bigint) => {
    const cur = widest.get(id) ?? { max: 0n, negative: false };
    if (abs(v) > cur.max) cur.max = abs(v);
    if (v < 0n) cur.negative = true;
    widest.set(id, cur);
  };
  let foreignRate = false;
  for (const row of rows) {
    if (row.kind === 'line') {
      const l = row.line;
      see('rate', BigInt(l.rate));
      if (l.currency !== ctx.budgetCurrency) foreignRate = true;
      see('estimate', BigInt(l.estimate));
      see('committed', BigInt(l.committed));
      see('actual', BigInt(l.actual));
      see('variance', lineVariance(l));
    } else {
      see('estimate', row.totals.estimate);
      see('committed', row.totals.committed);
      see('actual', row.totals.actual);
      see('variance', row.totals.variance);
    }
  }
  const out: Partial<Record<GridColumnId, number>> = {};
  for (const id of MONEY_COLUMNS) {
    const w = widest.get(id) ?? { max: 0n, negative: false };
    let text = formatGridAmount(w.negative ? -w.max : w.max, ctx.budgetCurrency, ctx.locale);
    if (id === 'rate' && foreignRate) text += ' USD';
    out[id] = amountColumnWidth(text, header(id));
  }
  return out;
}

import {
  columnSizingFeature,
  columnVisibilityFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import type { BudgetLine } from '@rundown/domain';
import type { TFunction } from 'i18next';
import { cn } from '../../../../lib/cn';
import { formatMoneyInLocale } from '../../../../lib/format';
import { formatCell, GRID_COLUMNS, lineIsOverBudget, lineVariance, type CellContext, type GridColumnId } from '../../utils/grid-columns';
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

/** Column definitions: header labels and widths (rows draw their cells with LineCell). */
export function gridColumns(t: TFunction): ColumnDef<GridFeatures, DisplayRow, unknown>[] {
  return GRID_COLUMNS.map((spec) => ({
    id: spec.id,
    size: spec.width,
    minSize: spec.width,
    enableHiding: spec.id !== 'description' && spec.id !== 'estimate',
    header: () => <span title={t(`budgets.columnNames.${spec.id}`)}>{t(`budgets.columns.${spec.id}`)}</span>,
  }));
}

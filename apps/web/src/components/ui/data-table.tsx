import {
  FlexRender,
  functionalUpdate,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type Row,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { Fragment, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { Skeleton } from './skeleton';

/** The one feature set every table uses: server-side sorting and expandable rows. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  columnMeta: {} as {
    /** Classes for both the header and body cells of the column (width, alignment, hiding on small screens). */
    className?: string;
    /** Skeleton width while loading. */
    skeleton?: string;
  },
});
export type DataTableFeatures = typeof dataTableFeatures;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;
export type DataTableRow<TData extends RowData> = Row<DataTableFeatures, TData>;
export type { SortingState };

export type DataTableProps<TData extends RowData> = {
  /** Accessible name of the table. */
  label: string;
  columns: DataTableColumn<TData>[];
  data: readonly TData[];
  getRowId: (row: TData) => string;
  /** Server-side sorting: the table shows it and reports clicks; the caller fetches. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  onRowClick?: (row: TData) => void;
  /** Shown under an expanded row (rows expand through a column's toggle button). */
  renderExpanded?: (row: TData) => ReactNode;
  isLoading?: boolean;
  skeletonRows?: number;
  /** Rendered when not loading and there are no rows. */
  empty?: ReactNode;
  testId?: string;
};

const INTERACTIVE = 'a, button, input, select, textarea, [role="button"], [role="combobox"], [role="menuitem"]';

/** The one table wrapper (TanStack Table v9): dense rows, sortable headers, skeleton and empty states. */
export function DataTable<TData extends RowData>({
  label,
  columns,
  data,
  getRowId,
  sorting,
  onSortingChange,
  onRowClick,
  renderExpanded,
  isLoading,
  skeletonRows = 8,
  empty,
  testId,
}: DataTableProps<TData>) {
  const { t } = useTranslation();
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    autoResetExpanded: false,
    getRowCanExpand: () => Boolean(renderExpanded),
    state: sorting ? { sorting } : undefined,
    onSortingChange: (updater) => {
      if (!onSortingChange) return;
      onSortingChange(functionalUpdate(updater, sorting ?? []));
    },
  });

  const headerGroups = table.getHeaderGroups();
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;

  const handleRowClick = (event: MouseEvent<HTMLTableRowElement>, row: TData) => {
    if (!onRowClick) return;
    if ((event.target as HTMLElement).closest(INTERACTIVE)) return;
    if (window.getSelection()?.toString()) return;
    onRowClick(row);
  };

  return (
    <div className="overflow-x-auto" data-testid={testId}>
      <table aria-label={label} aria-busy={isLoading || undefined} className="w-full border-collapse text-[13px]">
        <thead>
          {headerGroups.map((group) => (
            <tr key={group.id} className="border-b border-border">
              {group.headers.map((header) => {
                const column = header.column;
                const canSort = onSortingChange !== undefined && column.getCanSort();
                const sorted = column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className={cn(
                      'h-8 bg-surface-2/60 px-3 text-left align-middle text-[12px] font-medium whitespace-nowrap text-muted-foreground first:pl-4 last:pr-4',
                      column.columnDef.meta?.className,
                    )}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <button
                        type="button"
                        onClick={column.getToggleSortingHandler()}
                        className="-mx-1.5 inline-flex cursor-pointer items-center gap-1 rounded px-1.5 py-0.5 hover:bg-muted hover:text-foreground"
                      >
                        <FlexRender header={header} />
                        {sorted === 'asc' ? (
                          <ArrowUp className="size-3.5" aria-hidden />
                        ) : sorted === 'desc' ? (
                          <ArrowDown className="size-3.5" aria-hidden />
                        ) : (
                          <ChevronsUpDown className="size-3.5 opacity-40" aria-hidden />
                        )}
                      </button>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {isLoading && rows.length === 0
            ? Array.from({ length: skeletonRows }, (_, i) => (
                <tr key={`skeleton-${i}`} className="border-b border-border/70" aria-hidden>
                  {table.getAllLeafColumns().map((column) => (
                    <td key={column.id} className={cn('h-10 px-3 first:pl-4 last:pr-4', column.columnDef.meta?.className)}>
                      <Skeleton className={cn('h-3.5', column.columnDef.meta?.skeleton ?? 'w-24')} />
                    </td>
                  ))}
                </tr>
              ))
            : null}
          {!isLoading && rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount}>{empty ?? <p className="px-4 py-10 text-center text-muted-foreground">{t('table.noRows')}</p>}</td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <Fragment key={row.id}>
              <tr
                data-row-id={row.id}
                data-state={row.getIsExpanded() ? 'expanded' : undefined}
                onClick={(e) => handleRowClick(e, row.original)}
                className={cn(
                  'group border-b border-border/70 transition-colors hover:bg-muted/50',
                  onRowClick && 'cursor-pointer',
                  row.getIsExpanded() && 'bg-muted/40',
                )}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={cn('h-10 px-3 align-middle first:pl-4 last:pr-4', cell.column.columnDef.meta?.className)}>
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
              {renderExpanded && row.getIsExpanded() ? (
                <tr className="border-b border-border/70 bg-surface-2/50">
                  <td colSpan={columnCount} className="px-4 py-3">
                    {renderExpanded(row.original)}
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

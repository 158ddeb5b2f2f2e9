import type { BudgetLine, CurrencyCode } from '@rundown/domain';
import { ChevronDown, ChevronRight, AlertCircle, MoreHorizontal, Plus } from 'lucide-react';
import { memo, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../../components/ui/dropdown-menu';
import { cn } from '../../../../lib/cn';
import { intlLocale } from '../../../../lib/i18n';
import { formatGridAmount, MONEY_COLUMNS, NUMERIC_COLUMNS, type CellContext, type CellError, type GridColumnId } from '../../utils/grid-columns';
import type { DisplayRow, DerivedTotals } from '../../utils/grid-model';
import { LineCell } from './grid-table';

export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 34;
export const ACTIONS_WIDTH = 44;

/** Columns that stay in view when the grid scrolls sideways (on screens wide enough for it). */
export const STICKY_COLUMNS: ReadonlySet<GridColumnId> = new Set(['accountCode', 'description']);

/** How many columns at the start of the layout stay in view (the sticky ones lead the grid). */
function stickyColumnCount(layout: ColumnLayout): number {
  const count = layout.findIndex((c) => !STICKY_COLUMNS.has(c.id));
  return count < 0 ? layout.length : count;
}

export const cellDomId = (lineId: string, column: string) => `cell-${lineId}-${column}`;

export type EditState = { session: number; lineId: string; column: GridColumnId; draft: string; typed: boolean; error: CellError | null };
export type CommitHow = 'enter' | 'shift-enter' | 'tab' | 'shift-tab' | 'up' | 'down' | 'blur';
export type LineAction = 'history' | 'duplicate' | 'move' | 'fringes' | 'commitment' | 'expense' | 'delete';

export type ColumnLayout = { id: GridColumnId; start: number; size: number }[];

export type RowHandlers = {
  onCellMouseDown: (lineId: string, column: GridColumnId, extend: boolean) => void;
  onCellDoubleClick: (lineId: string, column: GridColumnId) => void;
  onDraftChange: (draft: string) => void;
  onCommit: (how: CommitHow) => void;
  onCancel: () => void;
  onToggleCategory: (categoryId: string) => void;
  onAddLine: (categoryId: string) => void;
  onLineAction: (lineId: string, action: LineAction) => void;
  onMenuOpenChange: (lineId: string | null) => void;
  onMenuClosed: () => void;
  errorText: (error: CellError) => string;
  /** Labels worked out once per language instead of once per row. */
  labels: RowLabels;
};

export type RowLabels = {
  lineActions: (description: string) => string;
  editCell: (column: GridColumnId) => string;
  actions: Record<LineAction, string>;
};

export type GridRowProps = {
  display: DisplayRow;
  index: number;
  start: number;
  width: number;
  layout: ColumnLayout;
  /** The active cell's column when this row holds it. */
  activeColumn: GridColumnId | null;
  gridFocused: boolean;
  /** Selected columns of this row, as layout indexes, when it is inside the selected range. */
  selected: { left: number; right: number } | null;
  editing: EditState | null;
  menuOpen: boolean;
  canWrite: boolean;
  currency: CurrencyCode;
  /** How cells show values; a new one whenever that changes (language, fringe rules). */
  ctx: CellContext;
  handlers: RowHandlers;
};

function sameDisplay(a: DisplayRow, b: DisplayRow): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'line' && b.kind === 'line') return a.line === b.line && a.depth === b.depth;
  if (a.kind === 'category' && b.kind === 'category') {
    return a.category === b.category || (a.category.id === b.category.id && a.category.name === b.category.name && a.category.code === b.category.code && a.category.depth === b.category.depth)
      ? a.collapsed === b.collapsed && a.lineCount === b.lineCount && sameTotals(a.totals, b.totals)
      : false;
  }
  if (a.kind === 'subtotal' && b.kind === 'subtotal') return a.category.id === b.category.id && a.category.name === b.category.name && sameTotals(a.totals, b.totals);
  return false;
}

const sameTotals = (a: DerivedTotals, b: DerivedTotals) => a.estimate === b.estimate && a.committed === b.committed && a.actual === b.actual && a.paid === b.paid;

/** One row of the grid. Rows re-render only when their own content, selection or editor changes. */
export const GridRowView = memo(function GridRowView(props: GridRowProps) {
  const { display } = props;
  // Rows have a fixed size and never affect each other: layout and paint stay inside each one.
  const style: CSSProperties = { transform: `translateY(${props.start}px)`, width: props.width, height: ROW_HEIGHT, contain: 'strict' };
  if (display.kind === 'line') return <LineRow {...props} line={display.line} depth={display.depth} style={style} />;
  return <GroupRow {...props} style={style} />;
}, (a, b) =>
  sameDisplay(a.display, b.display) &&
  a.index === b.index &&
  a.start === b.start &&
  a.width === b.width &&
  a.layout === b.layout &&
  a.activeColumn === b.activeColumn &&
  a.gridFocused === b.gridFocused &&
  a.selected?.left === b.selected?.left &&
  a.selected?.right === b.selected?.right &&
  a.editing === b.editing &&
  a.menuOpen === b.menuOpen &&
  a.canWrite === b.canWrite &&
  a.ctx === b.ctx &&
  a.handlers === b.handlers);

function LineRow({
  line,
  depth,
  index,
  style,
  layout,
  activeColumn,
  gridFocused,
  selected,
  editing,
  menuOpen,
  canWrite,
  ctx,
  handlers,
}: GridRowProps & { line: BudgetLine; depth: number; style: CSSProperties }) {
  const cell = (pos: ColumnLayout[number], i: number) => {
    const column = pos.id;
    const isActive = activeColumn === column;
    const inRange = selected !== null && i >= selected.left && i <= selected.right;
    const isEditing = editing !== null && editing.column === column;
    return (
      <div
        key={column}
        id={cellDomId(line.id, column)}
        role="gridcell"
        aria-colindex={i + 1}
        aria-selected={inRange || isActive}
        data-column={column}
        onMouseDown={(e) => {
          if (e.button !== 0 || isEditing) return;
          handlers.onCellMouseDown(line.id, column, e.shiftKey);
        }}
        onDoubleClick={() => handlers.onCellDoubleClick(line.id, column)}
        className={cn(
          'relative flex h-full shrink-0 items-center border-r border-border/50 px-2 whitespace-nowrap select-none',
          NUMERIC_COLUMNS.has(column) && 'justify-end tabular-nums',
          column === 'description' && 'md:shadow-[1px_0_0_var(--border)]',
          inRange && !isActive && 'bg-[color-mix(in_oklch,var(--primary)_12%,var(--surface))]',
        )}
        style={{ width: pos.size, paddingLeft: column === 'description' ? 8 + depth * 16 : undefined }}
      >
        {isEditing ? (
          <CellEditor edit={editing} numeric={NUMERIC_COLUMNS.has(column)} handlers={handlers} label={handlers.labels.editCell(column)} />
        ) : (
          <span className={cn('min-w-0', MONEY_COLUMNS.has(column) ? 'whitespace-nowrap' : 'truncate')}>
            <LineCell line={line} column={column} ctx={ctx} />
          </span>
        )}
        {isActive && !isEditing ? (
          <span
            aria-hidden
            className={cn('pointer-events-none absolute inset-0 z-[3] border-2', gridFocused ? 'border-primary' : 'border-muted-foreground/50')}
          />
        ) : null}
      </div>
    );
  };
  const stickyCount = stickyColumnCount(layout);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-line-id={line.id}
      className={cn(
        'group absolute top-0 left-0 flex border-b border-border/60 text-[13px]',
        // Opaque colours: the sticky columns inherit them and must hide what scrolls beneath.
        activeColumn ? 'bg-[color-mix(in_oklch,var(--accent)_45%,var(--surface))]' : 'bg-surface hover:bg-[color-mix(in_oklch,var(--muted)_60%,var(--surface))]',
      )}
      // While edited, the row may paint outside itself: the editor's message shows under the cell.
      style={editing ? { ...style, zIndex: 5, contain: 'layout style' } : style}
    >
      {/* One sticky block for the leading sticky columns: a sticky element per cell costs a paint layer per cell. */}
      {stickyCount > 0 ? (
        <div role="presentation" className="z-[6] flex h-full shrink-0 bg-inherit md:sticky md:left-0">
          {layout.slice(0, stickyCount).map(cell)}
        </div>
      ) : null}
      {layout.slice(stickyCount).map((pos, i) => cell(pos, stickyCount + i))}
      <div role="gridcell" aria-colindex={layout.length + 1} className="flex h-full shrink-0 items-center justify-center" style={{ width: ACTIONS_WIDTH }}>
        <LineMenu line={line} open={menuOpen} canWrite={canWrite} handlers={handlers} />
      </div>
    </div>
  );
}

const menuButtonClasses =
  'inline-flex size-6 cursor-pointer items-center justify-center rounded text-muted-foreground opacity-60 group-hover:opacity-100 hover:bg-muted hover:text-foreground focus-visible:opacity-100 data-[state=open]:opacity-100';

/**
 * The line's actions. A plain button until opened: a Radix menu in each of the ~40 rendered rows
 * costs more than the rest of the row while scrolling.
 */
function LineMenu({ line, open, canWrite, handlers }: { line: BudgetLine; open: boolean; canWrite: boolean; handlers: RowHandlers }) {
  const { labels } = handlers;
  const button = (
    <button
      type="button"
      tabIndex={-1}
      aria-label={labels.lineActions(line.description)}
      aria-haspopup="menu"
      className={menuButtonClasses}
      data-testid="line-menu"
      onClick={open ? undefined : () => handlers.onMenuOpenChange(line.id)}
    >
      <MoreHorizontal className="size-4" aria-hidden />
    </button>
  );
  if (!open) return button;
  const item = (action: LineAction, tone?: 'danger') => (
    <DropdownMenuItem tone={tone} onSelect={() => handlers.onLineAction(line.id, action)}>
      {labels.actions[action]}
    </DropdownMenuItem>
  );
  return (
    <DropdownMenu open onOpenChange={(next) => !next && handlers.onMenuOpenChange(null)}>
      <DropdownMenuTrigger asChild>{button}</DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        onCloseAutoFocus={(e) => {
          e.preventDefault();
          handlers.onMenuClosed();
        }}
      >
        {item('history')}
        {canWrite ? (
          <>
            {item('duplicate')}
            {item('move')}
            {item('fringes')}
            <DropdownMenuSeparator />
            {item('commitment')}
            {item('expense')}
            <DropdownMenuSeparator />
            {item('delete', 'danger')}
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

const TOTAL_COLUMNS: ReadonlySet<GridColumnId> = new Set(['estimate', 'committed', 'actual', 'variance']);

function totalText(column: GridColumnId, totals: DerivedTotals, currency: CurrencyCode, language: string): ReactNode {
  const value = column === 'estimate' ? totals.estimate : column === 'committed' ? totals.committed : column === 'actual' ? totals.actual : totals.variance;
  const danger = (column === 'variance' && value < 0n) || ((column === 'committed' || column === 'actual') && value > totals.estimate);
  return <span className={cn('whitespace-nowrap', danger && 'text-danger')}>{formatGridAmount(value, currency, intlLocale(language))}</span>;
}

/** A category heading (with collapse and add-line) or a category subtotal. */
function GroupRow({ display, index, style, layout, canWrite, currency, handlers }: GridRowProps & { style: CSSProperties }) {
  const { t, i18n } = useTranslation();
  if (display.kind === 'line') return null;
  const { category } = display;
  const label = category.code ? `${category.code} · ${category.name}` : category.name || t('budgets.grid.uncategorized');
  const firstTotal = layout.findIndex((c) => TOTAL_COLUMNS.has(c.id));
  const labelWidth = firstTotal < 0 ? layout.reduce((w, c) => w + c.size, 0) : layout[firstTotal]!.start;
  const rest = firstTotal < 0 ? [] : layout.slice(firstTotal);
  const heading = display.kind === 'category';
  const showTotals = !heading || display.collapsed;
  const indent = 8 + category.depth * 16;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-category-id={category.id}
      data-row-kind={display.kind}
      className={cn(
        'absolute top-0 left-0 flex border-b border-border/60 text-[13px]',
        heading ? 'bg-surface-2 font-medium' : 'bg-muted font-semibold',
      )}
      style={style}
    >
      <div role="gridcell" aria-colspan={layout.length - rest.length || 1} className="flex h-full shrink-0 items-center" style={{ width: labelWidth }}>
        <div className="flex min-w-0 items-center gap-1.5 md:sticky md:left-0" style={{ paddingLeft: indent }}>
          {heading ? (
            <button
              type="button"
              tabIndex={-1}
              onClick={() => handlers.onToggleCategory(category.id)}
              aria-expanded={!display.collapsed}
              aria-label={display.collapsed ? t('budgets.grid.expand', { name: label }) : t('budgets.grid.collapse', { name: label })}
              className="inline-flex size-5 cursor-pointer items-center justify-center rounded text-muted-foreground hover:bg-muted hover:text-foreground"
            >
              {display.collapsed ? <ChevronRight className="size-3.5" aria-hidden /> : <ChevronDown className="size-3.5" aria-hidden />}
            </button>
          ) : null}
          <span className="truncate">{heading ? label : t('budgets.grid.subtotal', { name: label })}</span>
          {heading ? <span className="shrink-0 text-[12px] font-normal text-muted-foreground">{t('budgets.grid.lineCount', { count: display.lineCount })}</span> : null}
          {heading && canWrite ? (
            <button
              type="button"
              tabIndex={-1}
              onClick={() => handlers.onAddLine(category.id)}
              aria-label={t('budgets.grid.addLineTo', { name: label })}
              title={t('budgets.grid.addLineTo', { name: label })}
              className="inline-flex size-5 shrink-0 cursor-pointer items-center justify-center rounded text-muted-foreground hover:bg-muted hover:text-foreground"
            >
              <Plus className="size-3.5" aria-hidden />
            </button>
          ) : null}
        </div>
      </div>
      {rest.map((c) => (
        <div key={c.id} role="gridcell" className="flex h-full shrink-0 items-center justify-end px-2 tabular-nums" style={{ width: c.size }}>
          {showTotals && TOTAL_COLUMNS.has(c.id) ? totalText(c.id, display.totals, currency, i18n.language) : null}
        </div>
      ))}
      <div aria-hidden style={{ width: ACTIONS_WIDTH }} className="shrink-0" />
    </div>
  );
}

/** The text box over a cell while it is edited. Enter/Tab save and move, Escape cancels. */
function CellEditor({ edit, numeric, handlers, label }: { edit: EditState; numeric: boolean; handlers: RowHandlers; label: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    if (edit.typed) input.setSelectionRange(input.value.length, input.value.length);
    else input.select();
    // Only when the editor opens, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edit.session]);
  const list = edit.column === 'unit' ? 'budget-units' : edit.column === 'currency' ? 'budget-currencies' : undefined;
  return (
    <>
      <input
        ref={ref}
        value={edit.draft}
        aria-label={label}
        aria-invalid={edit.error ? true : undefined}
        aria-describedby={edit.error ? 'cell-editor-error' : undefined}
        list={list}
        spellCheck={false}
        autoComplete="off"
        data-testid="cell-editor"
        onChange={(e) => handlers.onDraftChange(e.target.value)}
        onBlur={() => handlers.onCommit('blur')}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            handlers.onCommit(e.shiftKey ? 'shift-enter' : 'enter');
          } else if (e.key === 'Tab') {
            e.preventDefault();
            handlers.onCommit(e.shiftKey ? 'shift-tab' : 'tab');
          } else if (e.key === 'Escape') {
            e.preventDefault();
            handlers.onCancel();
          } else if (edit.typed && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
            e.preventDefault();
            handlers.onCommit(e.key === 'ArrowUp' ? 'up' : 'down');
          }
        }}
        className={cn(
          'absolute inset-0 z-[4] h-full w-full min-w-[8rem] border-2 px-2 text-[13px] text-foreground outline-none',
          numeric && 'text-right tabular-nums',
          edit.error ? 'border-danger bg-[color-mix(in_oklch,var(--danger)_10%,var(--surface))] pl-6' : 'border-primary bg-surface',
        )}
      />
      {edit.error ? (
        <>
          <AlertCircle aria-hidden className="pointer-events-none absolute top-1/2 left-1.5 z-[5] size-3.5 -translate-y-1/2 text-danger" />
          <span
            id="cell-editor-error"
            role="alert"
            data-testid="cell-editor-error"
            className="absolute top-full left-0 z-[6] mt-0.5 w-max max-w-80 rounded-md border border-danger/40 bg-surface px-2 py-1 text-[12px] whitespace-normal text-danger shadow-lg"
          >
            {handlers.errorText(edit.error)}
          </span>
        </>
      ) : null}
    </>
  );
}

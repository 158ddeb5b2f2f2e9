import {
  CURRENCY_CODES,
  LINE_UNITS,
  type Budget,
  type BudgetLine,
  type BudgetSummary,
  type CreateLineInput,
  type FringeRuleDto,
  type UpdateLineInput,
} from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import { FlexRender, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { FileSpreadsheet, FileUp, Plus, SearchX } from 'lucide-react';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../../../components/ui/button';
import { EmptyState } from '../../../../components/ui/empty-state';
import { cn } from '../../../../lib/cn';
import { errorMessage } from '../../../../lib/errors';
import { addLinesToCache, createLine } from '../../api/create-line';
import { useDeleteLines } from '../../api/delete-line';
import { budgetKeys } from '../../api/keys';
import { isSuperseded, LineConflictError, LineGoneError, useLineEditor } from '../../api/update-line';
import type { GridFilters } from '../../utils/budget-search';
import {
  ALWAYS_VISIBLE,
  clearCell,
  COLUMN_BY_ID,
  copyText,
  editText,
  effectivePatch,
  GRID_COLUMN_IDS,
  NUMERIC_COLUMNS,
  parseCell,
  previousValues,
  type CellError,
  type GridColumnId,
} from '../../utils/grid-columns';
import { buildGridModel, distinctVendors, type DisplayRow } from '../../utils/grid-model';
import { moveAfterCommit, navigate, selectionRange, single, type GridDims, type Selection } from '../../utils/grid-navigation';
import { parseTsv, planPaste, toTsv, type PastePlan } from '../../utils/paste';
import { EMPTY_UNDO, invert, popRedo, popUndo, pushUndo, remapLineId, type LineChange, type UndoEntry, type UndoStack } from '../../utils/undo-stack';
import { cellErrorText } from '../cell-error-text';
import { saveFailureReason } from '../../utils/save-failure-reason';
import { useCellContext } from '../use-cell-context';
import { ConflictDialog, type LineConflict } from './conflict-dialog';
import { FringePickerDialog } from './fringe-picker-dialog';
import { gridColumns, gridFeatures, moneyColumnWidths } from './grid-table';
import {
  ACTIONS_WIDTH,
  cellDomId,
  GridRowView,
  HEADER_HEIGHT,
  ROW_HEIGHT,
  STICKY_COLUMNS,
  type ColumnLayout,
  type CommitHow,
  type EditState,
  type LineAction,
  type RowHandlers,
} from './grid-row';
import { GridToolbar } from './grid-toolbar';
import { LineHistoryDrawer } from './line-history-drawer';
import { MoveLineDialog } from './move-line-dialog';
import { PasteReport } from './paste-report';
import { TotalsBar } from './totals-bar';

/** The column headers: memoized, so scrolling (which re-renders the grid) does not re-render them. */
const GridHeader = memo(
  function GridHeader({ table, layout, totalWidth }: { table: ReturnType<typeof useTable<typeof gridFeatures, DisplayRow>>; layout: ColumnLayout; totalWidth: number; language: string }) {
    const { t } = useTranslation();
    return (
      <div role="rowgroup" className="sticky top-0 z-20">
        {table.getHeaderGroups().map((group) => (
          <div key={group.id} role="row" aria-rowindex={1} className="flex border-b border-border bg-surface-2" style={{ height: HEADER_HEIGHT, width: totalWidth }}>
            {group.headers.map((header, i) => {
              const column = header.column.id as GridColumnId;
              const pos = layout[i]!;
              const sticky = STICKY_COLUMNS.has(column);
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  aria-colindex={i + 1}
                  className={cn(
                    'flex h-full shrink-0 items-center border-r border-border/60 bg-surface-2 px-2 text-[12px] font-medium whitespace-nowrap text-muted-foreground',
                    NUMERIC_COLUMNS.has(column) && 'justify-end',
                    sticky && 'z-[2] md:sticky md:left-(--sticky-left)',
                  )}
                  style={{ width: pos.size, '--sticky-left': sticky ? `${pos.start}px` : undefined } as React.CSSProperties}
                >
                  <FlexRender header={header} />
                </div>
              );
            })}
            <div role="columnheader" aria-colindex={layout.length + 1} className="shrink-0" style={{ width: ACTIONS_WIDTH }}>
              <span className="sr-only">{t('common.actions')}</span>
            </div>
          </div>
        ))}
      </div>
    );
  },
  // The table object is the same table across renders; what the header shows depends on these.
  (a, b) => a.layout === b.layout && a.totalWidth === b.totalWidth && a.language === b.language,
);

export type BudgetGridProps = {
  orgId: string;
  eventId: string;
  budget: Budget;
  lines: BudgetLine[];
  /** Lines still arriving: how many so far of how many. */
  loading: { loaded: number; total: number } | null;
  summary: BudgetSummary | undefined;
  fringes: FringeRuleDto[];
  filters: GridFilters;
  onFiltersChange: (patch: Partial<GridFilters>) => void;
  canWrite: boolean;
  timeZone: string;
  onOpenImport: () => void;
  onOpenFringes: () => void;
  onRecordSpend: (kind: 'commitment' | 'expense', lineId: string) => void;
  /** Shown with the empty state of a budget without lines (e.g. "Start from a template"). */
  emptyExtra?: ReactNode;
};

/** The active cell and the other corner of the selection, by line id and column (indexes move as lines come and go). */
type SelectionIds = { activeLine: string; activeColumn: GridColumnId; anchorLine: string; anchorColumn: GridColumnId };

const HIDDEN_KEY = 'rundown.budgetGrid.hiddenColumns';

/** Near-empty for most budgets, so behind the column picker until someone shows them (foreign lines name their currency in the rate). */
const HIDDEN_BY_DEFAULT: readonly GridColumnId[] = ['currency', 'exchangeRate', 'multiplier'];

function readHidden(): Set<GridColumnId> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(HIDDEN_KEY) ?? JSON.stringify(HIDDEN_BY_DEFAULT));
    return new Set(Array.isArray(parsed) ? parsed.filter((c): c is GridColumnId => (GRID_COLUMN_IDS as readonly string[]).includes(c) && !ALWAYS_VISIBLE.has(c as GridColumnId)) : []);
  } catch {
    return new Set();
  }
}

function writeHidden(hidden: ReadonlySet<GridColumnId>) {
  try {
    localStorage.setItem(HIDDEN_KEY, JSON.stringify([...hidden]));
  } catch {
    // storage unavailable: the choice lasts for this visit only
  }
}

let editSessions = 0;

const NO_TABLE_ROWS: DisplayRow[] = [];

/**
 * The budget grid: lines grouped by category in tree order with subtotals, virtualized so
 * 10,000 lines stay fast, edited like a spreadsheet (keyboard, copy, paste, undo), every edit
 * optimistic with If-Match and a conflict dialog when someone else saved first.
 */
export function BudgetGrid({
  orgId,
  eventId,
  budget,
  lines,
  loading,
  summary,
  fringes,
  filters,
  onFiltersChange,
  canWrite,
  timeZone,
  onOpenImport,
  onOpenFringes,
  onRecordSpend,
  emptyExtra,
}: BudgetGridProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const ctx = useCellContext(budget.currency, fringes);
  const editor = useLineEditor(orgId, eventId, { budgetCurrency: budget.currency, fringes });
  const deleteLines = useDeleteLines(orgId, eventId);

  // ---------------------------------------------------------------------------------------------
  // Rows and columns.

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const model = useMemo(() => buildGridModel(budget.categories, lines, filters, collapsed), [budget.categories, lines, filters, collapsed]);
  const vendors = useMemo(() => distinctVendors(lines), [lines]);
  const lineById = useMemo(() => new Map(lines.map((l) => [l.id, l])), [lines]);
  const navIndex = useMemo(() => new Map(model.lineIds.map((id, i) => [id, i])), [model.lineIds]);
  const categoryName = useCallback((id: string) => {
    const c = budget.categories.find((x) => x.id === id);
    return c ? (c.code ? `${c.code} · ${c.name}` : c.name) : t('budgets.grid.uncategorized');
  }, [budget.categories, t]);

  const [hidden, setHiddenState] = useState<ReadonlySet<GridColumnId>>(readHidden);
  const setHidden = useCallback((next: ReadonlySet<GridColumnId>) => {
    setHiddenState(next);
    writeHidden(next);
  }, []);
  const columnVisibility = useMemo(() => Object.fromEntries(GRID_COLUMN_IDS.map((id) => [id, !hidden.has(id)])), [hidden]);

  // The table holds the columns (headers, visibility); rows are drawn from the model, so no
  // TanStack row objects are built for ten thousand lines on every page that arrives.
  const columns = useMemo(() => gridColumns(t, budget.currency), [t, budget.currency]);
  const table = useTable({
    features: gridFeatures,
    columns,
    data: NO_TABLE_ROWS,
    state: { columnVisibility },
    onColumnVisibilityChange: () => {},
  });
  const visibleColumns = table.getVisibleLeafColumns();
  const visibleIds = useMemo(() => visibleColumns.map((c) => c.id as GridColumnId), [visibleColumns]);
  const visibleKey = visibleIds.join(',');
  // Money columns as wide as their widest value (lines, subtotals) and their header: never cut.
  const moneyWidths = useMemo(() => moneyColumnWidths(model.rows, ctx, (id) => ({ label: t(`budgets.columns.${id}`), currency: budget.currency })), [model.rows, ctx, t, budget.currency]);
  const moneyKey = JSON.stringify(moneyWidths);
  const layout: ColumnLayout = useMemo(() => {
    let start = 0;
    return visibleIds.map((id) => {
      const size = moneyWidths[id] ?? COLUMN_BY_ID[id].width;
      const entry = { id, start, size };
      start += size;
      return entry;
    });
    // visibleKey and moneyKey stand for visibleIds' and moneyWidths' content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visibleKey, moneyKey]);
  const totalWidth = layout.reduce((w, c) => w + c.size, 0) + ACTIONS_WIDTH;
  const stickyWidth = layout.filter((c) => STICKY_COLUMNS.has(c.id)).reduce((w, c) => w + c.size, 0);

  // ---------------------------------------------------------------------------------------------
  // Virtual scrolling.

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: model.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Each row scrolled in costs a render, styles and paint: a few beyond the edges are enough.
    overscan: 3,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // ---------------------------------------------------------------------------------------------
  // Selection and editing.

  const [selectionIds, setSelectionIds] = useState<SelectionIds | null>(null);
  const [editing, setEditing] = useState<EditState | null>(null);
  const editingRef = useRef<EditState | null>(null);
  editingRef.current = editing;
  const [gridFocused, setGridFocused] = useState(false);
  const [menuLineId, setMenuLineId] = useState<string | null>(null);
  const [edited, setEdited] = useState(false);

  const selection: Selection | null = useMemo(() => {
    if (!selectionIds) return null;
    const row = navIndex.get(selectionIds.activeLine);
    const col = visibleIds.indexOf(selectionIds.activeColumn);
    if (row === undefined || col < 0) return null;
    const anchorRow = navIndex.get(selectionIds.anchorLine) ?? row;
    const anchorCol = visibleIds.indexOf(selectionIds.anchorColumn);
    return { active: { row, col }, anchor: { row: anchorRow, col: anchorCol < 0 ? col : anchorCol } };
  }, [selectionIds, navIndex, visibleIds]);

  const toIds = useCallback(
    (s: Selection): SelectionIds => ({
      activeLine: model.lineIds[s.active.row]!,
      activeColumn: visibleIds[s.active.col]!,
      anchorLine: model.lineIds[s.anchor.row]!,
      anchorColumn: visibleIds[s.anchor.col]!,
    }),
    [model.lineIds, visibleIds],
  );

  const focusGrid = useCallback(() => scrollRef.current?.focus({ preventScroll: true }), []);

  /** Brings the active cell into view, below the sticky header and right of the sticky columns. */
  const revealCell = useCallback(
    (lineId: string, column: GridColumnId) => {
      const rowIndex = model.rowIndexOfLine.get(lineId);
      if (rowIndex !== undefined) virtualizer.scrollToIndex(rowIndex, { align: 'auto' });
      const el = scrollRef.current;
      const pos = layout.find((c) => c.id === column);
      if (!el || !pos || STICKY_COLUMNS.has(column)) return;
      const sticky = window.matchMedia('(min-width: 768px)').matches ? stickyWidth : 0;
      if (pos.start < el.scrollLeft + sticky) el.scrollLeft = Math.max(0, pos.start - sticky);
      else if (pos.start + pos.size > el.scrollLeft + el.clientWidth) el.scrollLeft = pos.start + pos.size - el.clientWidth;
    },
    [model.rowIndexOfLine, virtualizer, layout, stickyWidth],
  );

  const select = useCallback(
    (next: Selection) => {
      const ids = toIds(next);
      setSelectionIds(ids);
      revealCell(ids.activeLine, ids.activeColumn);
    },
    [toIds, revealCell],
  );

  // Read on every render on purpose: the page height follows the scroll area's current size.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const dims: GridDims = {
    rows: model.lineIds.length,
    cols: visibleIds.length,
    pageRows: Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 2),
  };

  const errorText = useCallback((error: CellError) => cellErrorText(t, error), [t]);

  // ---------------------------------------------------------------------------------------------
  // Changes, undo and redo.

  const undoRef = useRef<UndoStack>(EMPTY_UNDO);
  const [conflicts, setConflicts] = useState<LineConflict[]>([]);

  const onUpdateError = useCallback(
    (error: unknown, line: BudgetLine) => {
      if (isSuperseded(error)) return;
      if (error instanceof LineConflictError) {
        setConflicts((list) => [...list.filter((c) => c.lineId !== line.id), { lineId: line.id, current: error.current, mine: error.mine, previous: error.previous }]);
        return;
      }
      if (error instanceof LineGoneError) {
        toast.error(t('budgets.grid.lineGone', { name: line.description }));
        return;
      }
      const reason = saveFailureReason(t, i18n.language, error);
      toast.error(t('budgets.grid.saveFailed', { name: line.description, reason }));
    },
    [t, i18n.language],
  );

  /** Sends PATCHes (optimistic) and returns what undo needs to take them back. */
  const applyChanges = useCallback(
    (changes: { lineId: string; patch: UpdateLineInput }[]): LineChange[] => {
      const done: LineChange[] = [];
      for (const { lineId, patch } of changes) {
        const line = editor.shown(lineId);
        if (!line) continue;
        const effective = effectivePatch(line, patch);
        if (Object.keys(effective).length === 0) continue;
        done.push({ lineId, before: previousValues(line, effective), after: effective });
        editor.update(lineId, effective).catch((error: unknown) => onUpdateError(error, line));
      }
      if (done.length > 0) setEdited(true);
      return done;
    },
    [editor, onUpdateError],
  );

  const record = useCallback((entry: UndoEntry) => {
    undoRef.current = pushUndo(undoRef.current, entry);
  }, []);

  const createLines = useCallback(
    async (inputs: CreateLineInput[]): Promise<BudgetLine[]> => {
      const created: BudgetLine[] = [];
      try {
        // One after another, so they keep their order.
        for (const input of inputs) created.push(await createLine(orgId, eventId, input));
      } catch (error) {
        toast.error(errorMessage(t, error));
      } finally {
        addLinesToCache(queryClient, orgId, eventId, created);
        void queryClient.invalidateQueries({ queryKey: budgetKeys.summary(orgId, eventId) });
        if (created.length > 0) setEdited(true);
      }
      return created;
    },
    [orgId, eventId, queryClient, t],
  );

  const lineInput = (line: BudgetLine): CreateLineInput => ({
    categoryId: line.categoryId,
    description: line.description,
    accountCode: line.accountCode,
    vendor: line.vendor,
    quantity: line.quantity,
    unit: line.unit,
    rate: line.rate,
    currency: line.currency,
    exchangeRate: line.exchangeRate,
    multiplier: line.multiplier,
    fringeIds: line.fringeIds.filter((id) => fringes.some((f) => f.id === id)),
    notes: line.notes,
    sortOrder: line.sortOrder,
  });

  /** Puts deleted lines back (new ids) and points the undo history at them. */
  const restoreLines = useCallback(
    async (snapshots: BudgetLine[]) => {
      const created = await createLines(snapshots.map(lineInput));
      created.forEach((line, i) => {
        undoRef.current = remapLineId(undoRef.current, snapshots[i]!.id, line.id);
      });
      return created;
    },
    // lineInput only reads `fringes`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [createLines, fringes],
  );

  const removeLines = useCallback(
    (targets: BudgetLine[]) =>
      deleteLines.mutateAsync(targets).catch((error: unknown) => {
        toast.error(errorMessage(t, (error as { cause?: unknown }).cause ?? error));
      }),
    [deleteLines, t],
  );

  const applyEntry = useCallback(
    async (entry: UndoEntry): Promise<void> => {
      switch (entry.kind) {
        case 'update':
          applyChanges(entry.changes.map((c) => ({ lineId: c.lineId, patch: c.after })));
          return;
        case 'delete':
          await removeLines(entry.lines.map((l) => lineById.get(l.id) ?? l));
          return;
        case 'create':
          await restoreLines(entry.lines);
          return;
        case 'batch':
          for (const e of entry.entries) await applyEntry(e);
      }
    },
    [applyChanges, removeLines, restoreLines, lineById],
  );

  const undo = useCallback(() => {
    const popped = popUndo(undoRef.current);
    if (!popped) {
      toast.info(t('budgets.grid.nothingToUndo'), { id: 'undo' });
      return;
    }
    undoRef.current = popped.stack;
    void applyEntry(invert(popped.entry)).then(() => toast.success(t('budgets.grid.undone'), { id: 'undo' }));
  }, [applyEntry, t]);

  const redo = useCallback(() => {
    const popped = popRedo(undoRef.current);
    if (!popped) {
      toast.info(t('budgets.grid.nothingToRedo'), { id: 'undo' });
      return;
    }
    undoRef.current = popped.stack;
    void applyEntry(popped.entry).then(() => toast.success(t('budgets.grid.redone'), { id: 'undo' }));
  }, [applyEntry, t]);

  // ---------------------------------------------------------------------------------------------
  // Editing a cell.

  const activeLine = selectionIds ? lineById.get(selectionIds.activeLine) : undefined;

  const startEdit = useCallback(
    (lineId: string, column: GridColumnId, initial: string | null) => {
      const line = lineById.get(lineId);
      if (!line) return;
      if (!canWrite) {
        toast.info(t('budgets.readOnly'), { id: 'read-only' });
        return;
      }
      const spec = COLUMN_BY_ID[column];
      if (spec.kind === 'computed') {
        toast.info(t('budgets.cellErrors.readOnly'), { id: 'read-only-cell' });
        return;
      }
      if (column === 'exchangeRate' && line.currency === budget.currency) {
        toast.info(t('budgets.cellErrors.sameCurrencyRate', { currency: budget.currency }), { id: 'read-only-cell' });
        return;
      }
      if (column === 'fringes' && initial === null) {
        setFringeLineId(lineId);
        return;
      }
      setEditing({ session: ++editSessions, lineId, column, draft: initial ?? editText(line, column, ctx), typed: initial !== null, error: null });
    },
    [lineById, canWrite, budget.currency, ctx, t],
  );

  const commitEdit = useCallback(
    (how: CommitHow) => {
      const edit = editingRef.current;
      if (!edit) return;
      const line = editor.shown(edit.lineId);
      if (!line) {
        setEditing(null);
        return;
      }
      const parsed = parseCell(edit.draft, edit.column, line, ctx);
      if (!parsed.ok) {
        if (how === 'blur') {
          // Focus went elsewhere: drop the edit rather than leave a broken editor behind.
          editingRef.current = null;
          setEditing(null);
          toast.error(errorText(parsed.error));
        } else setEditing({ ...edit, error: parsed.error });
        return;
      }
      editingRef.current = null;
      setEditing(null);
      const changes = applyChanges([{ lineId: edit.lineId, patch: parsed.patch }]);
      record({ kind: 'update', changes });
      if (how === 'blur') return;
      focusGrid();
      const at = selection?.active;
      if (!at) return;
      const direction = how === 'up' ? 'shift-enter' : how === 'down' ? 'enter' : how;
      select(single(moveAfterCommit(at, direction, dims)));
    },
    [editor, ctx, errorText, applyChanges, record, focusGrid, selection, select, dims],
  );

  const cancelEdit = useCallback(() => {
    editingRef.current = null;
    setEditing(null);
    focusGrid();
  }, [focusGrid]);

  // ---------------------------------------------------------------------------------------------
  // Lines: add, duplicate, move, delete, fringes.

  const pendingFocus = useRef<{ lineId: string; edit: boolean } | null>(null);
  const [historyLineId, setHistoryLineId] = useState<string | null>(null);
  const [moveLineId, setMoveLineId] = useState<string | null>(null);
  const [fringeLineId, setFringeLineId] = useState<string | null>(null);

  const addLine = useCallback(
    async (categoryId?: string) => {
      const target = categoryId ?? activeLine?.categoryId ?? filters.category ?? model.categories.find((c) => c.id !== undefined)?.id;
      if (!target) return;
      if (filters.q || filters.vendor || filters.over || (filters.category && filters.category !== target)) {
        onFiltersChange({ q: undefined, vendor: undefined, over: undefined, category: undefined });
      }
      if (collapsed.has(target)) setCollapsed((s) => new Set([...s].filter((id) => id !== target)));
      const [line] = await createLines([{ categoryId: target, description: t('budgets.grid.newLine'), quantity: '1', unit: 'flat', rate: '0', multiplier: '1', exchangeRate: '1', fringeIds: [], currency: budget.currency }]);
      if (!line) return;
      record({ kind: 'create', lines: [line] });
      pendingFocus.current = { lineId: line.id, edit: true };
    },
    [activeLine, filters, model.categories, onFiltersChange, collapsed, createLines, t, budget.currency, record],
  );

  // Select (and edit) a line that was just added, once it is in the rows.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus || !navIndex.has(focus.lineId)) return;
    pendingFocus.current = null;
    setSelectionIds({ activeLine: focus.lineId, activeColumn: 'description', anchorLine: focus.lineId, anchorColumn: 'description' });
    revealCell(focus.lineId, 'description');
    focusGrid();
    if (focus.edit) startEdit(focus.lineId, 'description', null);
  }, [navIndex, revealCell, focusGrid, startEdit]);

  const deleteWithUndo = useCallback(
    (targets: BudgetLine[]) => {
      if (targets.length === 0) return;
      const entry: UndoEntry = { kind: 'delete', lines: targets };
      record(entry);
      void removeLines(targets);
      toast.success(t('budgets.grid.deleted', { count: targets.length, name: targets[0]!.description }), {
        action: {
          label: t('budgets.grid.undo'),
          onClick: () => {
            const ids = new Set(targets.map((l) => l.id));
            undoRef.current = {
              ...undoRef.current,
              past: undoRef.current.past.filter((e) => !(e.kind === 'delete' && e.lines.some((l) => ids.has(l.id)))),
            };
            void restoreLines(targets);
          },
        },
      });
    },
    [record, removeLines, restoreLines, t],
  );

  const onLineAction = useCallback(
    (lineId: string, action: LineAction) => {
      const line = lineById.get(lineId);
      if (!line) return;
      switch (action) {
        case 'history':
          setHistoryLineId(lineId);
          return;
        case 'duplicate':
          void createLines([{ ...lineInput(line), description: line.description, sortOrder: line.sortOrder + 1 }]).then(([copy]) => {
            if (!copy) return;
            record({ kind: 'create', lines: [copy] });
            pendingFocus.current = { lineId: copy.id, edit: false };
            toast.success(t('budgets.grid.duplicated'));
          });
          return;
        case 'move':
          setMoveLineId(lineId);
          return;
        case 'fringes':
          setFringeLineId(lineId);
          return;
        case 'commitment':
        case 'expense':
          onRecordSpend(action, lineId);
          return;
        case 'delete':
          deleteWithUndo([line]);
      }
    },
    // lineInput only reads `fringes`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lineById, createLines, record, t, onRecordSpend, deleteWithUndo, fringes],
  );

  // ---------------------------------------------------------------------------------------------
  // Keyboard, copy and paste.

  const clearSelection = useCallback(() => {
    if (!selection) return;
    if (!canWrite) {
      toast.info(t('budgets.readOnly'), { id: 'read-only' });
      return;
    }
    const range = selectionRange(selection);
    const changes: { lineId: string; patch: UpdateLineInput }[] = [];
    let refused: CellError | null = null;
    for (let r = range.top; r <= range.bottom; r++) {
      const line = lineById.get(model.lineIds[r]!);
      if (!line) continue;
      let patch: UpdateLineInput = {};
      for (let c = range.left; c <= range.right; c++) {
        const column = visibleIds[c]!;
        if (COLUMN_BY_ID[column].kind === 'computed') continue;
        if (column === 'exchangeRate' && line.currency === budget.currency) continue;
        const cleared = clearCell(column, line, ctx);
        if (cleared.ok) patch = { ...patch, ...cleared.patch };
        else refused ??= cleared.error;
      }
      if (Object.keys(patch).length > 0) changes.push({ lineId: line.id, patch });
    }
    record({ kind: 'update', changes: applyChanges(changes) });
    if (refused) toast.info(errorText(refused), { id: 'clear-refused' });
  }, [selection, canWrite, lineById, model.lineIds, visibleIds, budget.currency, ctx, record, applyChanges, errorText, t]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.nativeEvent.isComposing) return;
    if (!selection) {
      if (dims.rows > 0 && ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Enter', 'Home', 'End'].includes(e.key)) {
        e.preventDefault();
        select(single({ row: 0, col: Math.max(0, visibleIds.indexOf('description')) }));
      }
      return;
    }
    if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
      e.preventDefault();
      setMenuLineId(model.lineIds[selection.active.row] ?? null);
      return;
    }
    const result = navigate(selection, { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey }, dims);
    if (!result.handled) return;
    e.preventDefault();
    const { command } = result;
    switch (command.type) {
      case 'select':
        select(result.selection);
        return;
      case 'edit': {
        const ids = toIds(result.selection);
        setSelectionIds(ids);
        startEdit(ids.activeLine, ids.activeColumn, command.initial);
        return;
      }
      case 'clear':
        clearSelection();
        return;
      case 'undo':
        undo();
        return;
      case 'redo':
        redo();
        return;
      case 'deleteRows': {
        if (!canWrite) return;
        const range = selectionRange(selection);
        deleteWithUndo(model.lineIds.slice(range.top, range.bottom + 1).flatMap((id) => lineById.get(id) ?? []));
        return;
      }
      case 'addRow':
        if (canWrite) void addLine();
    }
  };

  const [pasteReport, setPasteReport] = useState<PastePlan | null>(null);

  const paste = useCallback(
    async (text: string) => {
      if (!canWrite) {
        toast.info(t('budgets.paste.readOnly'), { id: 'read-only' });
        return;
      }
      if (!selection) {
        toast.info(t('budgets.paste.noTarget'));
        return;
      }
      const targetLines = model.lineIds.map((id) => lineById.get(id)!).filter(Boolean);
      const plan = planPaste(parseTsv(text), { selection: selectionRange(selection), lines: targetLines, columns: visibleIds, allowCreate: true }, ctx);
      const hasNotes = plan.errors.length > 0 || plan.skippedComputed || plan.droppedColumns > 0 || plan.droppedRows > 0;
      setPasteReport(hasNotes ? plan : null);
      const changes = applyChanges(plan.updates);
      const categoryId = targetLines[Math.min(targetLines.length - 1, selectionRange(selection).bottom)]?.categoryId ?? model.categories[0]?.id;
      const created = categoryId && plan.creates.length > 0 ? await createLines(plan.creates.map((c) => ({ ...c.input, categoryId }))) : [];
      record({ kind: 'batch', entries: [{ kind: 'update', changes }, { kind: 'create', lines: created }] });
      const parts = [
        changes.length > 0 ? t('budgets.paste.applied', { count: new Set(changes.map((c) => c.lineId)).size }) : null,
        created.length > 0 ? t('budgets.paste.createdLines', { count: created.length }) : null,
      ].filter(Boolean);
      if (parts.length > 0) toast.success(parts.join(' · '), { id: 'paste' });
      else if (plan.errors.length === 0) toast.info(t('budgets.paste.nothing'), { id: 'paste' });
      // Select what was pasted.
      const range = selectionRange(selection);
      const width = Math.max(1, ...parseTsv(text).map((r) => r.length));
      const height = Math.max(1, parseTsv(text).length);
      const bottom = Math.min(model.lineIds.length - 1, range.top + height - 1);
      const right = Math.min(visibleIds.length - 1, range.left + width - 1);
      if (width * height > 1 && (range.bottom === range.top && range.left === range.right)) {
        select({ active: { row: range.top, col: range.left }, anchor: { row: bottom, col: right } });
      }
    },
    [canWrite, selection, model.lineIds, model.categories, lineById, visibleIds, ctx, applyChanges, createLines, record, select, t],
  );

  const copy = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      if (!selection) return;
      const range = selectionRange(selection);
      const cells: string[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const line = lineById.get(model.lineIds[r]!);
        if (!line) continue;
        const row: string[] = [];
        for (let c = range.left; c <= range.right; c++) row.push(copyText(line, visibleIds[c]!, ctx));
        cells.push(row);
      }
      event.clipboardData?.setData('text/plain', toTsv(cells));
      event.preventDefault();
      const count = (range.bottom - range.top + 1) * (range.right - range.left + 1);
      if (count > 1) toast.success(t('budgets.grid.copied', { count }), { id: 'copy' });
    },
    [selection, lineById, model.lineIds, visibleIds, ctx, t],
  );

  // Copy and paste arrive as clipboard events on the focused grid (not while a cell is being edited).
  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (!editingRef.current && e.target === e.currentTarget) copy(e);
  };
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (editingRef.current || e.target !== e.currentTarget || !text) return;
    e.preventDefault();
    void paste(text);
  };

  // ---------------------------------------------------------------------------------------------
  // Row callbacks (stable, so rows that did not change do not re-render).

  const latest = useRef({ selection, selectionIds, startEdit, commitEdit, cancelEdit, addLine, onLineAction, focusGrid, navIndex, visibleIds });
  latest.current = { selection, selectionIds, startEdit, commitEdit, cancelEdit, addLine, onLineAction, focusGrid, navIndex, visibleIds };
  const handlers: RowHandlers = useMemo(
    () => ({
      onCellMouseDown: (lineId, column, extend) => {
        const { selectionIds: current } = latest.current;
        if (extend && current) setSelectionIds({ ...current, activeLine: lineId, activeColumn: column });
        else setSelectionIds({ activeLine: lineId, activeColumn: column, anchorLine: lineId, anchorColumn: column });
      },
      onCellDoubleClick: (lineId, column) => latest.current.startEdit(lineId, column, null),
      onDraftChange: (draft) => setEditing((e) => (e ? { ...e, draft, error: null } : e)),
      onCommit: (how) => latest.current.commitEdit(how),
      onCancel: () => latest.current.cancelEdit(),
      onToggleCategory: (categoryId) =>
        setCollapsed((s) => {
          const next = new Set(s);
          if (next.has(categoryId)) next.delete(categoryId);
          else next.add(categoryId);
          return next;
        }),
      onAddLine: (categoryId) => void latest.current.addLine(categoryId),
      onLineAction: (lineId, action) => latest.current.onLineAction(lineId, action),
      onMenuOpenChange: (lineId) => setMenuLineId(lineId),
      onMenuClosed: () => latest.current.focusGrid(),
      errorText,
      labels: {
        lineActions: (description) => t('budgets.grid.lineActions', { name: description }),
        editCell: (column) => t('budgets.grid.editCell', { column: t(`budgets.columnNames.${column}`) }),
        actions: {
          history: t('budgets.grid.history'),
          duplicate: t('budgets.grid.duplicate'),
          move: t('budgets.grid.moveTo'),
          fringes: t('budgets.grid.assignFringes'),
          commitment: t('budgets.grid.addCommitment'),
          expense: t('budgets.grid.addExpense'),
          delete: t('budgets.grid.deleteLine'),
        },
      },
    }),
    [errorText, t],
  );

  // Keep the editor's line in view while it is being typed in, and drop it if its line disappears.
  useEffect(() => {
    if (editing && !lineById.has(editing.lineId)) setEditing(null);
  }, [editing, lineById]);

  // ---------------------------------------------------------------------------------------------
  // Conflicts.

  const resolveConflict = useCallback(
    (conflict: LineConflict, choice: 'theirs' | 'mine') => {
      setConflicts((list) => list.filter((c) => c !== conflict));
      if (choice === 'theirs') {
        editor.reloadTheirs(conflict.lineId);
        return;
      }
      editor
        .reapplyMine(conflict.lineId)
        .then(() => toast.success(t('budgets.conflict.reapplied')))
        .catch((error: unknown) => onUpdateError(error, conflict.current));
    },
    [editor, onUpdateError, t],
  );

  // ---------------------------------------------------------------------------------------------
  // Render.

  const filtered = Boolean(filters.q || filters.category || filters.vendor || filters.over);
  const onToggleColumn = useCallback(
    (id: GridColumnId, visible: boolean) => {
      const next = new Set(hidden);
      if (visible) next.delete(id);
      else next.add(id);
      setHidden(next);
    },
    [hidden, setHidden],
  );
  const onShowAllColumns = useCallback(() => setHidden(new Set()), [setHidden]);
  const addLineRef = useRef(addLine);
  addLineRef.current = addLine;
  const onAddLineClick = useCallback(() => void addLineRef.current(), []);
  const filteredTotals = useMemo(() => (filtered ? { lines: model.matchingLines, totals: model.totals } : null), [filtered, model]);

  // The totals bar: the server's summary with the lines being saved counted as they are shown.
  // `lines` changes whenever the editor's pending saves do, which overlaySummary reads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shownSummary = useMemo(() => (summary ? editor.overlaySummary(summary) : undefined), [summary, lines, editor]);
  const range = selection ? selectionRange(selection) : null;
  const activeLineId = selectionIds && selection ? selectionIds.activeLine : null;
  const virtualRows = virtualizer.getVirtualItems();
  // Point assistive technology at the active cell only while it is in the DOM.
  const activeRowIndex = activeLineId ? model.rowIndexOfLine.get(activeLineId) : undefined;
  const activeRendered = activeRowIndex !== undefined && virtualRows.some((v) => v.index === activeRowIndex);
  const noLines = lines.length === 0 && !loading;

  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="budget-grid-view">
      <GridToolbar
        filters={filters}
        onFiltersChange={onFiltersChange}
        categories={model.categories}
        vendors={vendors}
        hidden={hidden}
        onToggleColumn={onToggleColumn}
        onShowAllColumns={onShowAllColumns}
        canWrite={canWrite}
        onAddLine={onAddLineClick}
        pending={editor.pending}
        edited={edited}
        loading={loading}
      />
      {pasteReport ? <PasteReport plan={pasteReport} onDismiss={() => setPasteReport(null)} /> : null}

      {noLines && !filtered ? (
        <div className="flex flex-col gap-4 rounded-xl border border-border bg-surface px-4 pb-6" data-testid="budget-empty">
          <EmptyState
            icon={FileSpreadsheet}
            title={t('budgets.grid.emptyTitle')}
            body={t('budgets.grid.emptyBody')}
            action={
              canWrite ? (
                <div className="flex flex-wrap justify-center gap-2">
                  <Button onClick={() => void addLine()}>
                    <Plus aria-hidden />
                    {t('budgets.grid.addLine')}
                  </Button>
                  <Button variant="secondary" onClick={onOpenImport}>
                    <FileUp aria-hidden />
                    {t('budgets.actions.import')}
                  </Button>
                </div>
              ) : undefined
            }
          />
          {emptyExtra}
        </div>
      ) : (
        <div className="relative flex h-[75dvh] min-h-[360px] flex-col overflow-hidden rounded-xl border border-border bg-surface md:h-auto md:min-h-0 md:flex-1">
          <div
            ref={scrollRef}
            role="grid"
            tabIndex={0}
            aria-label={t('budgets.grid.label')}
            aria-rowcount={model.rows.length + 1}
            aria-colcount={visibleIds.length + 1}
            aria-multiselectable
            aria-readonly={!canWrite || undefined}
            aria-activedescendant={activeLineId && selectionIds && activeRendered ? cellDomId(activeLineId, selectionIds.activeColumn) : undefined}
            onKeyDown={onKeyDown}
            onCopy={onCopy}
            onPaste={onPaste}
            onFocus={(e) => e.target === e.currentTarget && setGridFocused(true)}
            onBlur={(e) => e.target === e.currentTarget && setGridFocused(false)}
            aria-busy={loading ? true : undefined}
            data-lines-loaded={lines.length}
            className="relative min-h-0 flex-1 overflow-auto overscroll-contain outline-none focus-visible:ring-2 focus-visible:ring-ring/50 focus-visible:ring-inset"
            data-testid="budget-grid"
          >
            <div style={{ width: totalWidth, height: virtualizer.getTotalSize() + HEADER_HEIGHT, position: 'relative' }}>
              <GridHeader table={table} layout={layout} totalWidth={totalWidth} language={i18n.language} />
              <div role="rowgroup">
                {virtualRows.map((item) => {
                  const display = model.rows[item.index];
                  if (!display) return null;
                  const lineId = display.kind === 'line' ? display.line.id : null;
                  const nav = lineId ? navIndex.get(lineId) : undefined;
                  const isActiveRow = lineId !== null && lineId === activeLineId;
                  const inRange = range && nav !== undefined && nav >= range.top && nav <= range.bottom && (range.top !== range.bottom || range.left !== range.right);
                  return (
                    <GridRowView
                      key={display.key}
                      display={display}
                      index={item.index}
                      start={item.start}
                      width={totalWidth}
                      layout={layout}
                      activeColumn={isActiveRow && selectionIds ? selectionIds.activeColumn : null}
                      gridFocused={isActiveRow && (gridFocused || editing !== null)}
                      selected={inRange ? { left: range.left, right: range.right } : null}
                      editing={editing && editing.lineId === lineId ? editing : null}
                      menuOpen={lineId !== null && menuLineId === lineId}
                      canWrite={canWrite}
                      currency={budget.currency}
                      ctx={ctx}
                      handlers={handlers}
                    />
                  );
                })}
              </div>
            </div>
            {model.rows.length === 0 && filtered ? (
              <div className="absolute inset-x-0 top-12">
                <EmptyState
                  icon={SearchX}
                  title={t('budgets.grid.filteredEmptyTitle')}
                  body={t('budgets.grid.filteredEmptyBody')}
                  action={
                    <Button variant="secondary" onClick={() => onFiltersChange({ q: undefined, category: undefined, vendor: undefined, over: undefined })}>
                      {t('budgets.grid.clearFilters')}
                    </Button>
                  }
                />
              </div>
            ) : null}
          </div>
          <TotalsBar summary={shownSummary} currency={budget.currency} filtered={filteredTotals} />
        </div>
      )}
      {noLines && !filtered ? <TotalsBar summary={shownSummary} currency={budget.currency} filtered={null} /> : null}

      <datalist id="budget-units">
        {LINE_UNITS.map((u) => (
          <option key={u} value={t(`budgets.units.${u}`)} />
        ))}
      </datalist>
      <datalist id="budget-currencies">
        {CURRENCY_CODES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>

      <ConflictDialog
        conflict={conflicts[0] ?? null}
        more={Math.max(0, conflicts.length - 1)}
        ctx={ctx}
        timeZone={timeZone}
        categoryName={categoryName}
        onReloadTheirs={(c) => resolveConflict(c, 'theirs')}
        onReapplyMine={(c) => resolveConflict(c, 'mine')}
      />
      {historyLineId ? (
      <LineHistoryDrawer
        orgId={orgId}
        eventId={eventId}
        line={historyLineId ? (lineById.get(historyLineId) ?? null) : null}
        onClose={() => {
          setHistoryLineId(null);
          focusGrid();
        }}
        ctx={ctx}
        timeZone={timeZone}
        categoryName={categoryName}
      />
      ) : null}
      {moveLineId ? (
      <MoveLineDialog
        line={moveLineId ? (lineById.get(moveLineId) ?? null) : null}
        categories={model.categories.filter((c) => c.id !== '00000000-0000-4000-8000-000000000000')}
        onClose={() => {
          setMoveLineId(null);
          focusGrid();
        }}
        onMove={(line, categoryId) => {
          record({ kind: 'update', changes: applyChanges([{ lineId: line.id, patch: { categoryId } }]) });
          toast.success(t('budgets.grid.moved', { name: categoryName(categoryId) }));
        }}
      />
      ) : null}
      {fringeLineId ? (
      <FringePickerDialog
        line={fringeLineId ? (lineById.get(fringeLineId) ?? null) : null}
        fringes={fringes}
        budgetCurrency={budget.currency}
        onClose={() => {
          setFringeLineId(null);
          focusGrid();
        }}
        onApply={(line, fringeIds) => record({ kind: 'update', changes: applyChanges([{ lineId: line.id, patch: { fringeIds } }]) })}
        onManage={canWrite ? () => {
          setFringeLineId(null);
          onOpenFringes();
        } : undefined}
      />
      ) : null}
    </div>
  );
}

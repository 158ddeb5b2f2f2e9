import { Check, Columns3, Keyboard, Loader2, Plus, Search, TriangleAlert, X } from 'lucide-react';
import { Popover } from 'radix-ui';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../../components/ui/dropdown-menu';
import { Input } from '../../../../components/ui/input';
import { Select } from '../../../../components/ui/select';
import { cn } from '../../../../lib/cn';
import type { GridFilters } from '../../utils/budget-search';
import { ALWAYS_VISIBLE, GRID_COLUMNS, type GridColumnId } from '../../utils/grid-columns';
import type { CategoryNode } from '../../utils/grid-model';
import { categoryOptionLabel } from './move-line-dialog';
import { formatNumber } from '../../../../lib/format';

const ALL = '__all__';

export type GridToolbarProps = {
  filters: GridFilters;
  onFiltersChange: (patch: Partial<GridFilters>) => void;
  categories: readonly CategoryNode[];
  vendors: readonly string[];
  hidden: ReadonlySet<GridColumnId>;
  onToggleColumn: (id: GridColumnId, visible: boolean) => void;
  onShowAllColumns: () => void;
  canWrite: boolean;
  onAddLine: () => void;
  pending: number;
  edited: boolean;
  loading: { loaded: number; total: number } | null;
};

/** Filters (kept in the URL), add line, column visibility and the save status above the grid. */
export const GridToolbar = memo(function GridToolbar({
  filters,
  onFiltersChange,
  categories,
  vendors,
  hidden,
  onToggleColumn,
  onShowAllColumns,
  canWrite,
  onAddLine,
  pending,
  edited,
  loading,
}: GridToolbarProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  useEffect(() => {
    const next = text.trim() || undefined;
    if (next === filters.q) return;
    const timer = setTimeout(() => onFiltersChange({ q: next }), 250);
    return () => clearTimeout(timer);
  }, [text, filters.q, onFiltersChange]);
  const active = Boolean(filters.q || filters.category || filters.vendor || filters.over);

  return (
    <div className="flex flex-wrap items-center gap-2 pb-2 print:hidden" role="toolbar" aria-label={t('budgets.grid.label')}>
      <div className="relative w-full sm:w-64">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('budgets.grid.searchPlaceholder')}
          aria-label={t('budgets.grid.search')}
          className="w-full pl-8"
          data-testid="grid-search"
        />
      </div>
      <Select
        size="sm"
        className="w-48"
        aria-label={t('budgets.grid.category')}
        value={filters.category ?? ALL}
        onValueChange={(v) => onFiltersChange({ category: v === ALL ? undefined : v })}
        options={[{ value: ALL, label: t('budgets.grid.allCategories') }, ...categories.map((c) => ({ value: c.id, label: categoryOptionLabel(c) }))]}
      />
      <Select
        size="sm"
        className="w-44"
        aria-label={t('budgets.grid.vendor')}
        value={filters.vendor ?? ALL}
        onValueChange={(v) => onFiltersChange({ vendor: v === ALL ? undefined : v })}
        options={[{ value: ALL, label: t('budgets.grid.allVendors') }, ...vendors.map((v) => ({ value: v, label: v }))]}
      />
      <Button
        variant="secondary"
        size="sm"
        aria-pressed={Boolean(filters.over)}
        onClick={() => onFiltersChange({ over: filters.over ? undefined : true })}
        className={cn(filters.over && 'border-danger/40 bg-danger/10 text-danger hover:bg-danger/15')}
      >
        <TriangleAlert aria-hidden />
        {t('budgets.grid.overBudget')}
      </Button>
      {active ? (
        <Button variant="ghost" size="sm" onClick={() => onFiltersChange({ q: undefined, category: undefined, vendor: undefined, over: undefined })}>
          <X aria-hidden />
          {t('budgets.grid.clearFilters')}
        </Button>
      ) : null}

      <div className="ml-auto flex items-center gap-2">
        <span className="text-[12px] whitespace-nowrap text-muted-foreground" aria-live="polite" data-testid="save-status">
          {loading ? (
            <span className="inline-flex items-center gap-1.5">
              <Loader2 className="size-3.5 animate-spin" aria-hidden />
              {t('budgets.grid.loadingLines', { loaded: formatNumber(loading.loaded, i18n.language), total: formatNumber(loading.total, i18n.language) })}
            </span>
          ) : pending > 0 ? (
            <span className="inline-flex items-center gap-1.5">
              <Loader2 className="size-3.5 animate-spin" aria-hidden />
              {t('budgets.grid.saving', { count: pending })}
            </span>
          ) : edited ? (
            <span className="inline-flex items-center gap-1.5">
              <Check className="size-3.5 text-success" aria-hidden />
              {t('budgets.grid.saved')}
            </span>
          ) : null}
        </span>
        <ShortcutsPopover />
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="secondary" size="sm" data-testid="grid-columns">
              <Columns3 aria-hidden />
              {t('budgets.grid.columns')}
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            <DropdownMenuLabel>{t('budgets.grid.columns')}</DropdownMenuLabel>
            {GRID_COLUMNS.map((c) => (
              <DropdownMenuCheckboxItem
                key={c.id}
                checked={!hidden.has(c.id)}
                disabled={ALWAYS_VISIBLE.has(c.id)}
                onCheckedChange={(checked) => onToggleColumn(c.id, checked === true)}
                onSelect={(e) => e.preventDefault()}
              >
                {t(`budgets.columnNames.${c.id}`)}
              </DropdownMenuCheckboxItem>
            ))}
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={onShowAllColumns}>{t('budgets.grid.showAllColumns')}</DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
        {canWrite ? (
          <Button size="sm" onClick={onAddLine} data-testid="add-line">
            <Plus aria-hidden />
            {t('budgets.grid.addLine')}
          </Button>
        ) : null}
      </div>
    </div>
  );
});

function ShortcutsPopover() {
  const { t } = useTranslation();
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  const mod = mac ? '⌘' : 'Ctrl';
  const rows: [string, string][] = [
    ['← → ↑ ↓ · Tab', t('budgets.grid.shortcutList.move')],
    ['Shift + ← → ↑ ↓', t('budgets.grid.shortcutList.extend')],
    ['Enter · F2', t('budgets.grid.shortcutList.edit')],
    ['Enter · Tab', t('budgets.grid.shortcutList.commit')],
    ['Esc', t('budgets.grid.shortcutList.cancel')],
    ['Delete', t('budgets.grid.shortcutList.clear')],
    [`${mod} + C`, t('budgets.grid.shortcutList.copy')],
    [`${mod} + V`, t('budgets.grid.shortcutList.paste')],
    [`${mod} + Z · ${mod} + Shift + Z`, t('budgets.grid.shortcutList.undo')],
    [`${mod} + Enter`, t('budgets.grid.shortcutList.addLine')],
    [`${mod} + Delete`, t('budgets.grid.shortcutList.deleteLines')],
    ['Shift + F10', t('budgets.grid.shortcutList.menu')],
  ];
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <Button variant="ghost" size="icon-sm" aria-label={t('budgets.grid.shortcuts')} title={t('budgets.grid.shortcuts')}>
          <Keyboard aria-hidden />
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          className="z-50 w-80 animate-in rounded-lg border border-border bg-surface p-3 text-[12.5px] shadow-lg outline-none"
        >
          <p className="mb-2 text-[13px] font-semibold">{t('budgets.grid.shortcuts')}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5">
            {rows.map(([keys, what]) => (
              <div key={keys} className="contents">
                <dt>
                  <kbd className="rounded border border-border bg-muted px-1 font-sans text-[11px] whitespace-nowrap">{keys}</kbd>
                </dt>
                <dd className="text-muted-foreground">{what}</dd>
              </div>
            ))}
          </dl>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

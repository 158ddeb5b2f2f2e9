import type { BudgetSummary, CurrencyCode, Locale } from '@rundown/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { Download, FileText, Printer, Sheet } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ErrorPanel } from '../../../../components/layout/state-panels';
import { Button } from '../../../../components/ui/button';
import { Card, CardHeader } from '../../../../components/ui/card';
import { DataTable, type DataTableColumn } from '../../../../components/ui/data-table';
import { EmptyState } from '../../../../components/ui/empty-state';
import { cn } from '../../../../lib/cn';
import { errorMessage } from '../../../../lib/errors';
import { formatDateTime, formatMoney, localTimeZone } from '../../../../lib/format';
import { intlLocale } from '../../../../lib/i18n';
import { downloadBudgetCsv } from '../../api/export-csv';
import { downloadTopSheetPdf } from '../../api/top-sheet-pdf';
import { orderCategories } from '../../utils/grid-model';
import './top-sheet.css';

type SheetRow = {
  id: string;
  label: string;
  depth: number;
  total: boolean;
  totals: BudgetSummary['totals'];
};

export type TopSheetViewProps = {
  orgId: string;
  eventId: string;
  eventName: string | undefined;
  summary: UseQueryResult<BudgetSummary>;
  locale: Locale;
};

/** Estimate against actual for one row: the estimate as a light bar, actual solid (red when over), committed as a tick. */
function BudgetBar({ totals, label }: { totals: BudgetSummary['totals']; label: string }) {
  const estimate = Number(totals.estimate);
  const actual = Number(totals.actual);
  const committed = Number(totals.committed);
  const scale = Math.max(estimate, actual, committed, 1);
  const pct = (v: number) => `${Math.min(100, (v / scale) * 100)}%`;
  const over = actual > estimate;
  return (
    <div role="img" aria-label={label} className="print-bars relative h-3 w-full min-w-28 overflow-hidden rounded-full bg-muted">
      <div className="absolute inset-y-0 left-0 rounded-full bg-primary/25" style={{ width: pct(estimate) }} />
      <div className={cn('absolute inset-y-0 left-0 rounded-full', over ? 'bg-danger' : 'bg-primary')} style={{ width: pct(actual) }} />
      {committed > 0 ? <div className="absolute inset-y-[-1px] w-0.5 bg-foreground/70" style={{ left: `calc(${pct(committed)} - 1px)` }} /> : null}
    </div>
  );
}

/** The top sheet: totals by category with a budget-vs-actual bar, printable, as PDF or CSV. */
export function TopSheetView({ orgId, eventId, eventName, summary, locale }: TopSheetViewProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<'pdf' | 'csv' | null>(null);
  const data = summary.data;
  const currency: CurrencyCode = data?.currency ?? 'IDR';
  const money = (v: string) => formatMoney(v, currency, i18n.language);
  const percentFormat = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 });

  const rows: SheetRow[] = useMemo(() => {
    if (!data) return [];
    const byId = new Map(data.categories.map((c) => [c.id, c]));
    const ordered = orderCategories(data.categories.map((c) => ({ ...c, sortOrder: data.categories.indexOf(c) })));
    return [
      ...ordered.map((node) => {
        const c = byId.get(node.id)!;
        return { id: c.id, label: c.code ? `${c.code} · ${c.name}` : c.name, depth: node.depth, total: false, totals: c.totals };
      }),
      { id: 'total', label: t('budgets.topSheet.total'), depth: 0, total: true, totals: data.totals },
    ];
  }, [data, t]);

  const run = async (kind: 'pdf' | 'csv') => {
    setBusy(kind);
    try {
      if (kind === 'pdf') await downloadTopSheetPdf(orgId, eventId, locale);
      else await downloadBudgetCsv(orgId, eventId);
    } catch (error) {
      toast.error(`${t('budgets.actions.exportFailed')} ${errorMessage(t, error)}`);
    } finally {
      setBusy(null);
    }
  };

  const amount = (key: 'estimate' | 'committed' | 'actual' | 'variance', danger?: (r: SheetRow) => boolean): DataTableColumn<SheetRow> => ({
    id: key,
    header: () => t(`budgets.topSheet.${key}`),
    cell: ({ row }) => (
      <span className={cn('tabular-nums whitespace-nowrap', row.original.total && 'font-semibold', danger?.(row.original) && 'text-danger')}>
        {money(row.original.totals[key])}
      </span>
    ),
    meta: { className: 'text-right [&>button]:ml-auto', skeleton: 'w-24 ml-auto' },
  });

  const columns: DataTableColumn<SheetRow>[] = [
    {
      id: 'category',
      header: () => t('budgets.topSheet.category'),
      cell: ({ row }) => (
        <span className={cn('block', row.original.total || row.original.depth === 0 ? 'font-semibold' : '')} style={{ paddingLeft: row.original.depth * 16 }}>
          {row.original.label}
        </span>
      ),
      meta: { className: 'min-w-56', skeleton: 'w-40' },
    },
    amount('estimate'),
    amount('committed', (r) => BigInt(r.totals.committed) > BigInt(r.totals.estimate)),
    amount('actual', (r) => BigInt(r.totals.actual) > BigInt(r.totals.estimate)),
    amount('variance', (r) => r.totals.variance.startsWith('-')),
    {
      id: 'used',
      header: () => t('budgets.topSheet.used'),
      cell: ({ row }) => {
        const used = row.original.totals.usedBasisPoints;
        return (
          <span className={cn('tabular-nums', row.original.totals.overBudget && 'font-medium text-danger')}>
            {used === null ? '—' : `${percentFormat.format(used / 100)}%`}
          </span>
        );
      },
      meta: { className: 'text-right w-20', skeleton: 'w-10 ml-auto' },
    },
    {
      id: 'chart',
      header: () => t('budgets.topSheet.chart'),
      cell: ({ row }) => (
        <BudgetBar
          totals={row.original.totals}
          label={t('budgets.topSheet.chartLabel', { name: row.original.label, actual: money(row.original.totals.actual), estimate: money(row.original.totals.estimate) })}
        />
      ),
      meta: { className: 'w-48 min-w-40', skeleton: 'w-32' },
    },
  ];

  return (
    <div data-print-root data-testid="top-sheet">
      <div className="mb-4 hidden print:block">
        <h1 className="text-[18px] font-semibold">{t('budgets.topSheet.title')}</h1>
        <p>{eventName}</p>
        <p className="text-[12px] text-muted-foreground">
          {t('budgets.topSheet.printed', { date: formatDateTime(Date.now(), localTimeZone(), i18n.language, { zone: true }) })}
        </p>
      </div>
      <Card className="print:border-0 print:shadow-none">
        <CardHeader
          title={t('budgets.topSheet.title')}
          description={t('budgets.topSheet.subtitle')}
          className="print:hidden"
          actions={
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" onClick={() => window.print()} data-testid="print-top-sheet">
                <Printer aria-hidden />
                {t('budgets.actions.print')}
              </Button>
              <Button variant="secondary" loading={busy === 'csv'} onClick={() => void run('csv')} data-testid="top-sheet-csv">
                {busy === 'csv' ? null : <Sheet aria-hidden />}
                {t('budgets.actions.export')}
              </Button>
              <Button loading={busy === 'pdf'} onClick={() => void run('pdf')} data-testid="top-sheet-pdf">
                {busy === 'pdf' ? null : <Download aria-hidden />}
                {t('budgets.actions.downloadPdf')}
              </Button>
            </div>
          }
        />
        {summary.isError ? (
          <ErrorPanel
            message={errorMessage(t, summary.error)}
            action={<Button variant="secondary" onClick={() => void summary.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <>
            <DataTable
              label={t('budgets.topSheet.title')}
              columns={columns}
              data={rows}
              getRowId={(r) => r.id}
              isLoading={summary.isPending}
              empty={<EmptyState icon={FileText} title={t('budgets.topSheet.empty')} />}
              testId="top-sheet-table"
            />
            <div className="flex flex-wrap items-center gap-4 border-t border-border px-5 py-3 text-[12px] text-muted-foreground">
              <span className="inline-flex items-center gap-1.5">
                <span className="h-2.5 w-5 rounded-full bg-primary/25" aria-hidden />
                {t('budgets.topSheet.legendEstimate')}
              </span>
              <span className="inline-flex items-center gap-1.5">
                <span className="h-2.5 w-5 rounded-full bg-primary" aria-hidden />
                {t('budgets.topSheet.legendActual')}
              </span>
              <span className="inline-flex items-center gap-1.5">
                <span className="h-3 w-0.5 bg-foreground/70" aria-hidden />
                {t('budgets.topSheet.legendCommitted')}
              </span>
            </div>
          </>
        )}
      </Card>
    </div>
  );
}

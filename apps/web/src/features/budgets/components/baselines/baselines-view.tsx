import type { Baseline, BaselineComparison, BudgetCategory, CurrencyCode } from '@rundown/domain';
import { GitCompare, Lock, X } from 'lucide-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ErrorPanel } from '../../../../components/layout/state-panels';
import { Badge, type BadgeTone } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../../components/ui/card';
import { DataTable, type DataTableColumn } from '../../../../components/ui/data-table';
import { EmptyState } from '../../../../components/ui/empty-state';
import { Field } from '../../../../components/ui/field';
import { Input } from '../../../../components/ui/input';
import { cn } from '../../../../lib/cn';
import { errorMessage } from '../../../../lib/errors';
import { formatDateTime, formatMoney } from '../../../../lib/format';
import { useBaselineComparison } from '../../api/compare-baseline';
import { useCreateBaseline } from '../../api/create-baseline';
import { useBaselines } from '../../api/list-baselines';
import { orderCategories } from '../../utils/grid-model';

export type BaselinesViewProps = {
  orgId: string;
  eventId: string;
  currency: CurrencyCode;
  categories: readonly BudgetCategory[];
  selected: string | undefined;
  onSelect: (baselineId: string | undefined) => void;
  canWrite: boolean;
  timeZone: string;
  startFromTemplate?: ReactNode;
};

type Change = BaselineComparison['lines'][number]['change'];
const CHANGE_TONE: Record<Change, BadgeTone> = { added: 'success', removed: 'danger', changed: 'warning' };
const LINE_LIMIT = 300;

/** Named, locked versions of the budget, and the current budget compared with one of them. */
export function BaselinesView({ orgId, eventId, currency, categories, selected, onSelect, canWrite, timeZone, startFromTemplate }: BaselinesViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const baselines = useBaselines(orgId, eventId);
  const create = useCreateBaseline(orgId, eventId);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const items = baselines.data?.pages.flatMap((p) => p.items) ?? [];
  const money = (v: string) => formatMoney(v, currency, language);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('validation.required'));
      return;
    }
    try {
      const baseline = await create.mutateAsync(trimmed);
      toast.success(t('budgets.baselines.created', { name: baseline.name }));
      setName('');
      setNameError(null);
    } catch (error) {
      setNameError(errorMessage(t, error));
    }
  };

  const columns: DataTableColumn<Baseline>[] = [
    { id: 'name', header: () => t('budgets.baselines.columns.name'), cell: ({ row }) => <span className="font-medium">{row.original.name}</span>, meta: { skeleton: 'w-40' } },
    {
      id: 'total',
      header: () => t('budgets.baselines.columns.total'),
      cell: ({ row }) => <span className="tabular-nums">{money(row.original.total)}</span>,
      meta: { className: 'text-right', skeleton: 'w-24 ml-auto' },
    },
    { id: 'createdBy', header: () => t('budgets.baselines.columns.createdBy'), cell: ({ row }) => row.original.createdBy ?? '—', meta: { className: 'hidden sm:table-cell' } },
    {
      id: 'createdAt',
      header: () => t('budgets.baselines.columns.createdAt'),
      cell: ({ row }) => <span className="whitespace-nowrap">{formatDateTime(row.original.createdAt, timeZone, language)}</span>,
      meta: { className: 'hidden md:table-cell' },
    },
    {
      id: 'compare',
      header: () => <span className="sr-only">{t('common.actions')}</span>,
      cell: ({ row }) => (
        <Button
          size="sm"
          variant={selected === row.original.id ? 'primary' : 'secondary'}
          aria-pressed={selected === row.original.id}
          onClick={() => onSelect(selected === row.original.id ? undefined : row.original.id)}
          data-testid="compare-baseline"
        >
          <GitCompare aria-hidden />
          {t('budgets.baselines.compare')}
        </Button>
      ),
      meta: { className: 'text-right' },
    },
  ];

  return (
    <div className="flex flex-col gap-4" data-testid="baselines">
      {startFromTemplate}
      <Card>
        <CardHeader title={t('budgets.baselines.title')} description={t('budgets.baselines.subtitle')} />
        {canWrite ? (
          <CardBody className="border-b border-border">
            <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-3" noValidate>
              <Field label={t('budgets.baselines.name')} error={nameError ?? undefined} className="w-full max-w-sm">
                <Input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('budgets.baselines.namePlaceholder')} maxLength={120} />
              </Field>
              <Button type="submit" loading={create.isPending} data-testid="create-baseline">
                <Lock aria-hidden />
                {t('budgets.baselines.create')}
              </Button>
            </form>
          </CardBody>
        ) : null}
        {baselines.isError ? (
          <ErrorPanel message={errorMessage(t, baselines.error)} action={<Button variant="secondary" onClick={() => void baselines.refetch()}>{t('common.retry')}</Button>} />
        ) : (
          <DataTable
            label={t('budgets.baselines.title')}
            columns={columns}
            data={items}
            getRowId={(b) => b.id}
            isLoading={baselines.isPending}
            skeletonRows={2}
            empty={<p className="px-4 py-8 text-center text-[13px] text-muted-foreground">{t('budgets.baselines.empty')}</p>}
            testId="baselines-table"
          />
        )}
      </Card>
      {selected ? <Comparison orgId={orgId} eventId={eventId} baselineId={selected} currency={currency} categories={categories} onClose={() => onSelect(undefined)} /> : null}
    </div>
  );
}

function Delta({ value, currency }: { value: string; currency: CurrencyCode }) {
  const { i18n } = useTranslation();
  const n = BigInt(value);
  // A budget going up is a cost going up.
  return (
    <span className={cn('tabular-nums whitespace-nowrap', n > 0n && 'text-danger', n < 0n && 'text-success', n === 0n && 'text-muted-foreground')}>
      {n > 0n ? '+' : ''}
      {formatMoney(value, currency, i18n.language)}
    </span>
  );
}

function Comparison({
  orgId,
  eventId,
  baselineId,
  currency,
  categories,
  onClose,
}: {
  orgId: string;
  eventId: string;
  baselineId: string;
  currency: CurrencyCode;
  categories: readonly BudgetCategory[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const query = useBaselineComparison(orgId, eventId, baselineId);
  const [filter, setFilter] = useState<Change | 'all'>('all');
  const money = (v: string) => formatMoney(v, currency, i18n.language);
  const data = query.data;
  const categoryName = useMemo(() => new Map(categories.map((c) => [c.id, c.code ? `${c.code} · ${c.name}` : c.name])), [categories]);

  const categoryRows = useMemo(() => {
    if (!data) return [];
    const byId = new Map(data.categories.map((c) => [c.id, c]));
    return orderCategories(data.categories.map((c, i) => ({ ...c, sortOrder: i }))).map((node) => ({ ...byId.get(node.id)!, depth: node.depth }));
  }, [data]);
  const counts = useMemo(() => {
    const out: Record<Change | 'all', number> = { all: 0, added: 0, removed: 0, changed: 0 };
    for (const l of data?.lines ?? []) {
      out.all += 1;
      out[l.change] += 1;
    }
    return out;
  }, [data]);
  const lineRows = useMemo(
    () =>
      (data?.lines ?? [])
        .filter((l) => filter === 'all' || l.change === filter)
        .sort((a, b) => {
          const da = BigInt(a.delta) < 0n ? -BigInt(a.delta) : BigInt(a.delta);
          const db = BigInt(b.delta) < 0n ? -BigInt(b.delta) : BigInt(b.delta);
          return da === db ? 0 : da > db ? -1 : 1;
        }),
    [data, filter],
  );

  type CategoryRow = (typeof categoryRows)[number];
  type LineRow = BaselineComparison['lines'][number];
  const amount = <R extends { baseline: string; current: string; delta: string }>(key: 'baseline' | 'current' | 'delta'): DataTableColumn<R> => ({
    id: key,
    header: () => t(`budgets.baselines.${key}`),
    cell: ({ row }) => (key === 'delta' ? <Delta value={row.original.delta} currency={currency} /> : <span className="tabular-nums whitespace-nowrap">{money(row.original[key])}</span>),
    meta: { className: 'text-right' },
  });
  const categoryColumns: DataTableColumn<CategoryRow>[] = [
    {
      id: 'name',
      header: () => t('budgets.topSheet.category'),
      cell: ({ row }) => (
        <span className={cn(row.original.depth === 0 && 'font-medium')} style={{ paddingLeft: row.original.depth * 16 }}>
          {row.original.code ? `${row.original.code} · ` : ''}
          {row.original.name}
        </span>
      ),
    },
    amount<CategoryRow>('baseline'),
    amount<CategoryRow>('current'),
    amount<CategoryRow>('delta'),
  ];
  const lineColumns: DataTableColumn<LineRow>[] = [
    { id: 'description', header: () => t('budgets.columnNames.description'), cell: ({ row }) => <span className="block max-w-72 truncate">{row.original.description}</span> },
    {
      id: 'category',
      header: () => t('budgets.topSheet.category'),
      cell: ({ row }) => <span className="text-muted-foreground">{categoryName.get(row.original.categoryId) ?? '—'}</span>,
      meta: { className: 'hidden md:table-cell' },
    },
    {
      id: 'change',
      header: () => t('budgets.baselines.delta'),
      cell: ({ row }) => <Badge tone={CHANGE_TONE[row.original.change]}>{t(`budgets.baselines.changes.${row.original.change}`)}</Badge>,
    },
    amount<LineRow>('baseline'),
    amount<LineRow>('current'),
    amount<LineRow>('delta'),
  ];

  return (
    <Card data-testid="baseline-comparison">
      <CardHeader
        title={data ? t('budgets.baselines.comparing', { name: data.baseline.name }) : t('budgets.baselines.compare')}
        actions={
          <Button variant="ghost" size="icon-sm" onClick={onClose} aria-label={t('budgets.baselines.closeComparison')}>
            <X aria-hidden />
          </Button>
        }
      />
      {query.isPending ? (
        <DataTable label={t('budgets.baselines.byCategory')} columns={categoryColumns} data={[]} getRowId={(r) => r.id} isLoading skeletonRows={5} />
      ) : query.isError || !data ? (
        <ErrorPanel message={`${t('budgets.baselines.loadError')} ${errorMessage(t, query.error)}`} action={<Button variant="secondary" onClick={() => void query.refetch()}>{t('common.retry')}</Button>} />
      ) : (
        <>
          <CardBody className="grid grid-cols-3 gap-4 border-b border-border">
            {(['baseline', 'current', 'delta'] as const).map((key) => (
              <div key={key} className="flex flex-col">
                <span className="text-[12px] text-muted-foreground">{t(`budgets.baselines.${key}`)}</span>
                <span className="text-[15px] font-semibold">{key === 'delta' ? <Delta value={data.totals.delta} currency={currency} /> : money(data.totals[key])}</span>
              </div>
            ))}
          </CardBody>
          <h3 className="px-5 pt-4 pb-2 text-[13px] font-semibold">{t('budgets.baselines.byCategory')}</h3>
          <DataTable label={t('budgets.baselines.byCategory')} columns={categoryColumns} data={categoryRows} getRowId={(r) => r.id} testId="comparison-categories" />
          <div className="flex flex-wrap items-center gap-3 px-5 pt-5 pb-2">
            <h3 className="text-[13px] font-semibold">{t('budgets.baselines.byLine')}</h3>
            <div role="group" aria-label={t('budgets.baselines.byLine')} className="flex gap-1">
              {(['all', 'changed', 'added', 'removed'] as const).map((key) => (
                <Button key={key} size="sm" variant={filter === key ? 'primary' : 'ghost'} aria-pressed={filter === key} onClick={() => setFilter(key)}>
                  {t(`budgets.baselines.changes.${key}`)} <span className="tabular-nums opacity-70">{counts[key]}</span>
                </Button>
              ))}
            </div>
          </div>
          {data.lines.length === 0 ? (
            <EmptyState icon={GitCompare} title={t('budgets.baselines.noDifferences')} />
          ) : (
            <DataTable label={t('budgets.baselines.byLine')} columns={lineColumns} data={lineRows.slice(0, LINE_LIMIT)} getRowId={(r) => `${r.change}-${r.lineId}`} testId="comparison-lines" />
          )}
          {lineRows.length > LINE_LIMIT ? (
            <p className="px-5 py-3 text-[12px] text-muted-foreground">{t('budgets.import.showing', { shown: LINE_LIMIT, total: lineRows.length })}</p>
          ) : null}
        </>
      )}
    </Card>
  );
}

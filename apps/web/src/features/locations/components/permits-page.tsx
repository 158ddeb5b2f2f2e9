import { PERMIT_CATEGORIES, PERMIT_STATUSES, type Permit } from '@rundown/domain';
import { Link } from '@tanstack/react-router';
import { FileCheck } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { formatDateTime } from '../../../lib/format';
import { usePermits } from '../api/list-permits';
import type { PermitsSearch } from '../utils/permits-search';
import { PermitUrgencyBadge } from './permit-urgency-badge';
import { LoadMore } from '../../../components/ui/load-more';
import { LoadError } from '../../../components/ui/load-error';

export type PermitsPageProps = {
  orgId: string;
  search: PermitsSearch;
  onSearchChange: (patch: Partial<PermitsSearch>) => void;
};

const ALL = '__all';

/** Every permit of the organization, by apply-by date: what is overdue or due soon comes first. */
export function PermitsPage({ orgId, search, onSearchChange }: PermitsPageProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('id') ? 'id' : 'en';
  const filters = useMemo(() => ({ due: search.due, status: search.status, category: search.category }), [search.due, search.status, search.category]);
  const query = usePermits(orgId, filters);
  const permits = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);

  const columns = useMemo<DataTableColumn<Permit>[]>(
    () => [
      {
        id: 'applyBy',
        header: () => t('permits.columns.applyBy'),
        cell: ({ row }) => <PermitUrgencyBadge permit={row.original} />,
        meta: { className: 'hidden sm:table-cell whitespace-nowrap', skeleton: 'w-40' },
      },
      {
        id: 'permit',
        header: () => t('permits.columns.permit'),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col gap-0.5">
            <span className="font-medium">{row.original.typeName[lang]}</span>
            <span className="text-[12px] text-muted-foreground md:hidden">{row.original.eventName}</span>
            <span className="max-w-72 truncate text-[12px] text-muted-foreground">{row.original.issuer ?? t(`permits.categories.${row.original.category}`)}</span>
            <span className="sm:hidden">
              <PermitUrgencyBadge permit={row.original} />
            </span>
          </div>
        ),
        meta: { className: 'min-w-0 sm:min-w-48', skeleton: 'w-40' },
      },
      {
        id: 'event',
        header: () => t('permits.columns.event'),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <Link to="/orgs/$orgId/events/$eventId" params={{ orgId, eventId: row.original.eventId }} className="truncate hover:underline">
              {row.original.eventName}
            </Link>
            <span className="text-[12px] text-muted-foreground tabular-nums">{formatDateTime(row.original.eventStartAt, row.original.eventTimeZone, i18n.language)}</span>
          </div>
        ),
        meta: { className: 'hidden md:table-cell', skeleton: 'w-36' },
      },
      {
        id: 'status',
        header: () => t('permits.columns.status'),
        cell: ({ row }) => <Badge>{t(`permits.statuses.${row.original.status}`)}</Badge>,
        meta: { className: 'hidden sm:table-cell whitespace-nowrap', skeleton: 'w-20' },
      },
    ],
    [t, lang, orgId, i18n.language],
  );

  return (
    <div>
      <PageHeader title={t('permits.title')} description={t('permits.subtitle')} />
      <Card>
        <div className="flex flex-wrap items-center gap-2 border-b border-border px-4 py-3">
          <Select
            className="w-full sm:w-52"
            aria-label={t('permits.filters.due')}
            value={search.due ?? ALL}
            onValueChange={(v) => onSearchChange({ due: v === ALL ? undefined : (v as PermitsSearch['due']) })}
            options={[
              { value: ALL, label: t('permits.filters.allDue') },
              { value: 'overdue', label: t('permits.filters.overdue') },
              { value: 'soon', label: t('permits.filters.soon') },
              { value: 'open', label: t('permits.filters.open') },
            ]}
            data-testid="permits-due"
          />
          <Select
            className="w-[calc(50%-0.25rem)] sm:w-44"
            aria-label={t('permits.columns.status')}
            value={search.status ?? ALL}
            onValueChange={(v) => onSearchChange({ status: v === ALL ? undefined : (v as PermitsSearch['status']) })}
            options={[{ value: ALL, label: t('permits.filters.allStatuses') }, ...PERMIT_STATUSES.map((s) => ({ value: s, label: t(`permits.statuses.${s}`) }))]}
          />
          <Select
            className="w-[calc(50%-0.25rem)] sm:w-48"
            aria-label={t('permits.columns.permit')}
            value={search.category ?? ALL}
            onValueChange={(v) => onSearchChange({ category: v === ALL ? undefined : (v as PermitsSearch['category']) })}
            options={[{ value: ALL, label: t('permits.filters.allCategories') }, ...PERMIT_CATEGORIES.map((c) => ({ value: c, label: t(`permits.categories.${c}`) }))]}
          />
        </div>
        {query.isError ? (
          <LoadError message={t('permits.loadError')} error={query.error} />
        ) : (
          <DataTable
            label={t('permits.tableLabel')}
            columns={columns}
            data={permits}
            getRowId={(p) => p.id}
            isLoading={query.isPending}
            testId="permits-table"
            empty={<EmptyState icon={FileCheck} title={t('permits.boardEmpty')} />}
          />
        )}
        <LoadMore query={query} />
      </Card>
    </div>
  );
}

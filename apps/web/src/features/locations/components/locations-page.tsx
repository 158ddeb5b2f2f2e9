import { LOCATION_KINDS, type LocationSummary } from '@rundown/domain';
import { Link } from '@tanstack/react-router';
import { ExternalLink, MapPin, Plus, Search } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { Input } from '../../../components/ui/input';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { useCities } from '../api/list-cities';
import { useLocations } from '../api/list-locations';
import { provinceNames } from '../locales/provinces';
import { zoneLabel } from '../utils/location-format';
import type { LocationsSearch } from '../utils/locations-search';
import { LocationFormDialog } from './location-form-dialog';
import { LoadMore } from '../../../components/ui/load-more';
import { LoadError } from '../../../components/ui/load-error';

export type LocationsPageProps = {
  orgId: string;
  search: LocationsSearch;
  onSearchChange: (patch: Partial<LocationsSearch>) => void;
  onOpen: (locationId: string) => void;
  canWrite: boolean;
};

const ALL = '__all';

/** The locations directory: search, city and kind filters, a small page at a time. */
export function LocationsPage({ orgId, search, onSearchChange, onOpen, canWrite }: LocationsPageProps) {
  const { t } = useTranslation();
  const filters = useMemo(() => ({ kind: search.kind, city: search.city, q: search.q }), [search.kind, search.city, search.q]);
  const query = useLocations(orgId, filters);
  const cities = useCities(orgId);
  const places = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === search.q) return;
    const timer = setTimeout(() => onSearchChange({ q }), 250);
    return () => clearTimeout(timer);
  }, [text, search.q, onSearchChange]);

  const columns = useMemo<DataTableColumn<LocationSummary>[]>(
    () => [
      {
        id: 'name',
        header: () => t('locations.columns.name'),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <Link
              to="/orgs/$orgId/locations/$locationId"
              params={{ orgId, locationId: row.original.id }}
              className="truncate font-medium hover:underline"
              onClick={(e) => e.stopPropagation()}
            >
              {row.original.name}
            </Link>
            <span className="max-w-80 truncate text-[12px] text-muted-foreground">{row.original.address}</span>
          </div>
        ),
        meta: { className: 'min-w-48', skeleton: 'w-40' },
      },
      {
        id: 'kind',
        header: () => t('locations.columns.kind'),
        cell: ({ row }) => <Badge>{t(`locationKinds.${row.original.kind}`)}</Badge>,
        meta: { className: 'whitespace-nowrap', skeleton: 'w-20' },
      },
      {
        id: 'city',
        header: () => t('locations.columns.city'),
        cell: ({ row }) => (
          <div className="flex flex-col text-[12.5px]">
            <span>{row.original.city ?? '—'}</span>
            {row.original.province ? <span className="text-muted-foreground">{provinceNames[row.original.province]}</span> : null}
          </div>
        ),
        meta: { className: 'hidden md:table-cell', skeleton: 'w-28' },
      },
      {
        id: 'zone',
        header: () => t('locations.columns.zone'),
        cell: ({ row }) => <span className="text-[12.5px] whitespace-nowrap text-muted-foreground">{zoneLabel(row.original.timeZone)}</span>,
        meta: { className: 'hidden lg:table-cell', skeleton: 'w-20' },
      },
      {
        id: 'capacity',
        header: () => t('locations.columns.capacity'),
        cell: ({ row }) => (
          <div className="flex flex-col text-[12.5px] tabular-nums">
            <span>{row.original.capacity === null ? '—' : t('locations.people', { count: row.original.capacity })}</span>
            <span className="text-muted-foreground">{t('locations.spaceCount', { count: row.original.spaceCount })}</span>
          </div>
        ),
        meta: { className: 'hidden sm:table-cell whitespace-nowrap', skeleton: 'w-16' },
      },
      {
        id: 'map',
        header: () => <span className="sr-only">{t('locations.openMap')}</span>,
        cell: ({ row }) => (
          <Button asChild variant="ghost" size="icon-sm">
            <a href={row.original.mapUrl} target="_blank" rel="noreferrer noopener" aria-label={`${t('locations.openMap')}: ${row.original.name}`} onClick={(e) => e.stopPropagation()}>
              <ExternalLink aria-hidden />
            </a>
          </Button>
        ),
        meta: { className: 'w-12 text-right', skeleton: 'w-6' },
      },
    ],
    [t, orgId],
  );

  const newButton = canWrite ? (
    <Button onClick={() => onSearchChange({ new: true })} data-testid="new-location">
      <Plus aria-hidden />
      {t('locations.new')}
    </Button>
  ) : null;
  const filtered = Boolean(search.q || search.kind || search.city);

  return (
    <div>
      <PageHeader title={t('locations.title')} description={t('locations.subtitle')} actions={newButton} />
      {!canWrite ? <p className="mb-3 text-[12.5px] text-muted-foreground">{t('locations.readOnly')}</p> : null}
      <Card>
        <div className="flex flex-wrap items-center gap-2 border-b border-border px-4 py-3">
          <div className="relative w-full sm:w-64">
            <Search className="pointer-events-none absolute top-2 left-2.5 size-4 text-muted-foreground" aria-hidden />
            <Input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('locations.search')} aria-label={t('locations.search')} className="w-full pl-8" />
          </div>
          <Select
            className="w-[calc(50%-0.25rem)] sm:w-44"
            aria-label={t('locations.columns.kind')}
            value={search.kind ?? ALL}
            onValueChange={(v) => onSearchChange({ kind: v === ALL ? undefined : (v as LocationsSearch['kind']) })}
            options={[{ value: ALL, label: t('locations.allKinds') }, ...LOCATION_KINDS.map((k) => ({ value: k, label: t(`locationKinds.${k}`) }))]}
          />
          <Select
            className="w-[calc(50%-0.25rem)] sm:w-44"
            aria-label={t('locations.columns.city')}
            value={search.city ?? ALL}
            onValueChange={(v) => onSearchChange({ city: v === ALL ? undefined : v })}
            options={[{ value: ALL, label: t('locations.allCities') }, ...(cities.data?.items ?? []).map((c) => ({ value: c, label: c }))]}
          />
        </div>
        {query.isError ? (
          <LoadError message={t('locations.loadError')} error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <DataTable
            label={t('locations.tableLabel')}
            columns={columns}
            data={places}
            getRowId={(l) => l.id}
            isLoading={query.isPending}
            testId="locations-table"
            onRowClick={(l) => onOpen(l.id)}
            empty={
              filtered ? (
                <p className="px-4 py-10 text-center text-muted-foreground">{t('locations.noMatch')}</p>
              ) : (
                <EmptyState icon={MapPin} title={t('locations.empty.title')} body={t('locations.empty.body')} action={newButton} />
              )
            }
          />
        )}
        <LoadMore query={query} />
      </Card>
      {canWrite ? (
        <LocationFormDialog
          open={Boolean(search.new)}
          onOpenChange={(open) => {
            if (!open) onSearchChange({ new: undefined });
          }}
          orgId={orgId}
          onSaved={(l) => {
            toast.success(t('locations.created', { name: l.name }));
            onOpen(l.id);
          }}
        />
      ) : null}
    </div>
  );
}

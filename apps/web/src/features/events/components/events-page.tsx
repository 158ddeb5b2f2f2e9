import { EVENT_STATUSES, type CurrencyCode, type Event, type EventSort } from '@rundown/domain';
import { Link, useNavigate } from '@tanstack/react-router';
import { CalendarPlus, CalendarX2, ListFilter, Plus, Search, X } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { DataTable, type DataTableColumn, type SortingState } from '../../../components/ui/data-table';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu';
import { EmptyState } from '../../../components/ui/empty-state';
import { Input } from '../../../components/ui/input';
import { Label } from '../../../components/ui/field';
import { PageHeader } from '../../../components/ui/page-header';
import { errorMessage } from '../../../lib/errors';
import { formatDateRange, timeZoneShortName } from '../../../lib/format';
import { useEvents } from '../api/list-events';
import { hasActiveFilters, toListFilters, type EventsSearch } from '../utils/events-search';
import { EventFormDialog } from './event-form-dialog';
import { EventStatusBadge } from './event-status-badge';
import { DateInput } from '../../../components/ui/date-input';

export type EventsPageProps = {
  orgId: string;
  search: EventsSearch;
  onSearchChange: (patch: Partial<EventsSearch>) => void;
  /** The organization's defaults for new events and for reading date filters. */
  timeZone: string;
  defaultCurrency: CurrencyCode;
  canWrite: boolean;
};

const SORTABLE: Record<string, EventSort> = { name: 'name', status: 'status', startAt: 'startAt' };

export function EventsPage({ orgId, search, onSearchChange, timeZone, defaultCurrency, canWrite }: EventsPageProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.language;
  const filters = useMemo(() => toListFilters(search, timeZone), [search, timeZone]);
  const query = useEvents(orgId, filters);
  const events = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const filtered = hasActiveFilters(search);

  const sorting: SortingState = [{ id: filters.sort, desc: filters.order === 'desc' }];
  const onSortingChange = (next: SortingState) => {
    const first = next[0];
    const sort = first ? SORTABLE[first.id] : undefined;
    if (!first || !sort) return;
    onSearchChange({ sort, order: first.desc ? 'desc' : 'asc' });
  };

  const columns = useMemo<DataTableColumn<Event>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: () => t('events.columns.name'),
        cell: ({ row }) => (
          <Link
            to="/orgs/$orgId/events/$eventId"
            params={{ orgId, eventId: row.original.id }}
            title={row.original.name}
            className="block font-medium text-foreground hover:underline focus-visible:underline lg:max-w-[26rem] lg:truncate"
          >
            {row.original.name}
          </Link>
        ),
        meta: { className: 'min-w-48', skeleton: 'w-40' },
      },
      {
        id: 'kind',
        accessorKey: 'kind',
        enableSorting: false,
        header: () => t('events.columns.kind'),
        cell: ({ row }) => <span className="text-muted-foreground">{t(`eventKinds.${row.original.kind}`)}</span>,
        meta: { className: 'hidden lg:table-cell whitespace-nowrap', skeleton: 'w-20' },
      },
      {
        id: 'status',
        accessorKey: 'status',
        header: () => t('events.columns.status'),
        cell: ({ row }) => <EventStatusBadge status={row.original.status} />,
        meta: { className: 'whitespace-nowrap', skeleton: 'w-20' },
      },
      {
        id: 'startAt',
        accessorKey: 'startAt',
        header: () => t('events.columns.dates'),
        cell: ({ row }) => {
          const e = row.original;
          return (
            <span className="whitespace-nowrap tabular-nums">
              {formatDateRange(e.startAt, e.endAt, e.timeZone, language)}
              <span className="ml-1.5 text-[12px] text-muted-foreground">{timeZoneShortName(e.startAt, e.timeZone, language)}</span>
            </span>
          );
        },
        meta: { skeleton: 'w-36' },
      },
      {
        id: 'venue',
        accessorKey: 'venue',
        enableSorting: false,
        header: () => t('events.columns.venue'),
        cell: ({ row }) => <Muted value={row.original.venue} />,
        meta: { className: 'hidden md:table-cell max-w-56 truncate', skeleton: 'w-28' },
      },
      {
        id: 'client',
        accessorKey: 'client',
        enableSorting: false,
        header: () => t('events.columns.client'),
        cell: ({ row }) => <Muted value={row.original.client} />,
        meta: { className: 'hidden xl:table-cell max-w-48 truncate', skeleton: 'w-24' },
      },
      {
        id: 'currency',
        accessorKey: 'currency',
        enableSorting: false,
        header: () => t('events.columns.currency'),
        cell: ({ row }) => <span className="font-mono text-[12px] text-muted-foreground">{row.original.currency}</span>,
        meta: { className: 'hidden sm:table-cell w-20', skeleton: 'w-10' },
      },
    ],
    [t, orgId, language],
  );

  const newEventButton = (testId: string) =>
    canWrite ? (
      <Button onClick={() => onSearchChange({ new: true })} data-testid={testId}>
        <Plus aria-hidden />
        {t('events.new')}
      </Button>
    ) : null;

  return (
    <div>
      <PageHeader title={t('events.title')} description={t('events.subtitle')} actions={newEventButton('new-event')} />

      <Card>
        <EventsToolbar search={search} onSearchChange={onSearchChange} />
        {query.isError ? (
          <div className="p-4">
            <Alert
              title={t('events.loadError')}
              action={
                <Button size="sm" variant="secondary" onClick={() => void query.refetch()}>
                  {t('common.retry')}
                </Button>
              }
            >
              {errorMessage(t, query.error)}
            </Alert>
          </div>
        ) : (
          <DataTable
            label={t('events.title')}
            testId="events-table"
            columns={columns}
            data={events}
            getRowId={(e) => e.id}
            sorting={sorting}
            onSortingChange={onSortingChange}
            onRowClick={(e) => void navigate({ to: '/orgs/$orgId/events/$eventId', params: { orgId, eventId: e.id } })}
            isLoading={query.isPending}
            empty={
              filtered ? (
                <EmptyState
                  icon={CalendarX2}
                  title={t('events.empty.filteredTitle')}
                  body={t('events.empty.filteredBody')}
                  action={
                    <Button variant="secondary" onClick={() => onSearchChange({ status: undefined, from: undefined, to: undefined, q: undefined })}>
                      {t('events.filters.clear')}
                    </Button>
                  }
                />
              ) : (
                <EmptyState icon={CalendarPlus} title={t('events.empty.title')} body={t('events.empty.body')} action={newEventButton('new-event-empty')} />
              )
            }
          />
        )}
        {events.length > 0 ? (
          <div className="flex items-center justify-between gap-3 px-4 py-2.5 text-[12.5px] text-muted-foreground">
            <span aria-live="polite">{t('events.count', { count: events.length })}</span>
            {query.hasNextPage ? (
              <Button size="sm" variant="secondary" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {t('common.loadMore')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </Card>

      {canWrite ? (
        <EventFormDialog
          open={search.new === true}
          onOpenChange={(open) => onSearchChange({ new: open ? true : undefined })}
          orgId={orgId}
          defaultTimeZone={timeZone}
          defaultCurrency={defaultCurrency}
        />
      ) : null}
    </div>
  );
}

function Muted({ value }: { value: string | null }) {
  return value ? <span>{value}</span> : <span className="text-muted-foreground">—</span>;
}

function EventsToolbar({ search, onSearchChange }: { search: EventsSearch; onSearchChange: (patch: Partial<EventsSearch>) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(search.q ?? '');

  // Debounce typing into the URL; follow the URL when it changes elsewhere (back button, clear).
  useEffect(() => setText(search.q ?? ''), [search.q]);
  useEffect(() => {
    const next = text.trim() || undefined;
    if (next === search.q) return;
    const timer = setTimeout(() => onSearchChange({ q: next }), 250);
    return () => clearTimeout(timer);
  }, [text, search.q, onSearchChange]);

  const statuses = search.status ?? [];
  const toggleStatus = (status: (typeof EVENT_STATUSES)[number], checked: boolean) => {
    const next = checked ? [...statuses, status] : statuses.filter((s) => s !== status);
    onSearchChange({ status: next.length ? EVENT_STATUSES.filter((s) => next.includes(s)) : undefined });
  };

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-border p-3" role="search">
      <div className="relative min-w-52 flex-1">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('events.filters.searchPlaceholder')}
          aria-label={t('events.filters.search')}
          className="pl-8"
        />
      </div>

      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" data-testid="status-filter" aria-label={t('events.filters.status')}>
            <ListFilter aria-hidden />
            {statuses.length ? t('events.filters.statusCount', { count: statuses.length }) : t('events.filters.status')}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuLabel>{t('events.filters.status')}</DropdownMenuLabel>
          {EVENT_STATUSES.map((status) => (
            <DropdownMenuCheckboxItem
              key={status}
              checked={statuses.includes(status)}
              onCheckedChange={(checked) => toggleStatus(status, checked === true)}
              onSelect={(e) => e.preventDefault()}
            >
              {t(`eventStatuses.${status}`)}
            </DropdownMenuCheckboxItem>
          ))}
          {statuses.length ? (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem onSelect={() => onSearchChange({ status: undefined })}>{t('events.filters.clear')}</DropdownMenuItem>
            </>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>

      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span className="flex items-center gap-1.5">
          <Label htmlFor="events-from" className="w-14 text-[12.5px] font-normal text-muted-foreground sm:w-auto">
            {t('events.filters.from')}
          </Label>
          <DateInput id="events-from" className="w-[9.5rem]" value={search.from ?? null} onChange={(day) => onSearchChange({ from: day ?? undefined })} />
        </span>
        <span className="flex items-center gap-1.5">
          <Label htmlFor="events-to" className="w-14 text-[12.5px] font-normal text-muted-foreground sm:w-auto">
            {t('events.filters.to')}
          </Label>
          <DateInput id="events-to" className="w-[9.5rem]" value={search.to ?? null} onChange={(day) => onSearchChange({ to: day ?? undefined })} />
        </span>
      </div>

      {hasActiveFilters(search) ? (
        <Button variant="ghost" onClick={() => onSearchChange({ status: undefined, from: undefined, to: undefined, q: undefined })}>
          <X aria-hidden />
          {t('events.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}

import { auditActionSchema, type AuditEntry } from '@rundown/domain';
import { ChevronRight, History, X } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { Input } from '../../../components/ui/input';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useAudit, type AuditFilters } from '../api/list-audit';
import { diffEntries } from '../utils/diff';

export type AuditSearch = AuditFilters;

const ACTION_TONES: Record<AuditEntry['action'], BadgeTone> = { create: 'success', update: 'info', delete: 'danger' };
const ALL = 'all';

export function AuditPage({ orgId, search, onSearchChange, timeZone }: { orgId: string; search: AuditSearch; onSearchChange: (patch: Partial<AuditSearch>) => void; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const filters = useMemo(() => ({ entityType: search.entityType, action: search.action }), [search.entityType, search.action]);
  const query = useAudit(orgId, filters);
  const entries = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);

  const [entityType, setEntityType] = useState(search.entityType ?? '');
  useEffect(() => setEntityType(search.entityType ?? ''), [search.entityType]);
  useEffect(() => {
    const next = entityType.trim() || undefined;
    if (next === search.entityType) return;
    const timer = setTimeout(() => onSearchChange({ entityType: next }), 300);
    return () => clearTimeout(timer);
  }, [entityType, search.entityType, onSearchChange]);

  const columns = useMemo<DataTableColumn<AuditEntry>[]>(
    () => [
      {
        id: 'expand',
        header: () => <span className="sr-only">{t('audit.expand')}</span>,
        cell: ({ row }) => (
          <Button
            variant="ghost"
            size="icon-sm"
            aria-expanded={row.getIsExpanded()}
            aria-label={row.getIsExpanded() ? t('audit.collapse') : t('audit.expand')}
            onClick={row.getToggleExpandedHandler()}
          >
            <ChevronRight className={cn('transition-transform', row.getIsExpanded() && 'rotate-90')} aria-hidden />
          </Button>
        ),
        meta: { className: 'w-10', skeleton: 'w-4' },
      },
      {
        id: 'at',
        header: () => t('audit.columns.time'),
        cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{formatDateTime(row.original.at, timeZone, language)}</span>,
        meta: { skeleton: 'w-32' },
      },
      {
        id: 'actor',
        header: () => t('audit.columns.actor'),
        cell: ({ row }) => row.original.actorName ?? <span className="text-muted-foreground">{t('common.system')}</span>,
        meta: { skeleton: 'w-24' },
      },
      {
        id: 'action',
        header: () => t('audit.columns.action'),
        cell: ({ row }) => <Badge tone={ACTION_TONES[row.original.action]}>{t(`auditActions.${row.original.action}`)}</Badge>,
        meta: { skeleton: 'w-16' },
      },
      {
        id: 'entityType',
        header: () => t('audit.columns.entityType'),
        cell: ({ row }) => <span className="font-mono text-[12px]">{row.original.entityType}</span>,
        meta: { skeleton: 'w-20' },
      },
      {
        id: 'entityId',
        header: () => t('audit.columns.entityId'),
        cell: ({ row }) => (
          <span className="block max-w-56 truncate font-mono text-[12px] text-muted-foreground" title={row.original.entityId}>
            {row.original.entityId}
          </span>
        ),
        meta: { className: 'hidden md:table-cell', skeleton: 'w-40' },
      },
    ],
    [t, language, timeZone],
  );

  const filtered = Boolean(search.entityType || search.action);

  return (
    <div>
      <PageHeader title={t('audit.title')} description={t('audit.subtitle')} />
      <Card>
        <div className="flex flex-wrap items-center gap-2 border-b border-border p-3" role="search">
          <Input
            className="w-56"
            value={entityType}
            onChange={(e) => setEntityType(e.target.value)}
            placeholder={t('audit.filters.entityTypePlaceholder')}
            aria-label={t('audit.filters.entityType')}
            list="audit-entity-types"
          />
          <datalist id="audit-entity-types">
            {['event', 'organization', 'membership', 'invitation'].map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
          <Select
            className="w-48"
            aria-label={t('audit.filters.action')}
            value={search.action ?? ALL}
            onValueChange={(v) => onSearchChange({ action: v === ALL ? undefined : auditActionSchema.parse(v) })}
            options={[
              { value: ALL, label: t('audit.filters.allActions') },
              ...auditActionSchema.options.map((a) => ({ value: a, label: t(`auditActions.${a}`) })),
            ]}
          />
          {filtered ? (
            <Button variant="ghost" onClick={() => onSearchChange({ entityType: undefined, action: undefined })}>
              <X aria-hidden />
              {t('events.filters.clear')}
            </Button>
          ) : null}
        </div>
        {query.isError ? (
          <div className="p-4">
            <Alert
              title={t('audit.loadError')}
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
            label={t('audit.title')}
            testId="audit-table"
            columns={columns}
            data={entries}
            getRowId={(e) => e.id}
            isLoading={query.isPending}
            renderExpanded={(entry) => <AuditDiff entry={entry} />}
            empty={<EmptyState icon={History} title={t('audit.empty')} />}
          />
        )}
        {query.hasNextPage ? (
          <div className="flex justify-end px-4 py-2.5">
            <Button size="sm" variant="secondary" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          </div>
        ) : null}
      </Card>
    </div>
  );
}

function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const rows = diffEntries(entry.before, entry.after);
  if (rows.length === 0) return <p className="text-[12.5px] text-muted-foreground">{t('audit.noChanges')}</p>;
  return (
    <table className="w-full max-w-4xl border-collapse text-[12.5px]" aria-label={t('audit.expand')}>
      <thead>
        <tr className="text-left text-muted-foreground">
          <th scope="col" className="w-44 py-1 pr-3 font-medium">{t('audit.field')}</th>
          <th scope="col" className="py-1 pr-3 font-medium">{t('audit.before')}</th>
          <th scope="col" className="py-1 font-medium">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody className="font-mono">
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-border/60 align-top">
            <td className="py-1.5 pr-3 font-sans text-muted-foreground">{row.key}</td>
            <td className={cn('py-1.5 pr-3 break-all', row.changed && entry.before ? 'text-danger line-through decoration-danger/40' : 'text-muted-foreground')}>
              {formatValue(row.before)}
            </td>
            <td className={cn('py-1.5 break-all', row.changed ? 'text-success' : 'text-muted-foreground')}>{formatValue(row.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

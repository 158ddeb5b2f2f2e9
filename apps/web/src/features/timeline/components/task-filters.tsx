import { TASK_STATUSES, type TaskStatus, type Vendor } from '@rundown/domain';
import { ListFilter, Search, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { hasTaskFilters, type TaskFilters as Filters } from '../utils/timeline-search';

const ANY = '__any';

/** Text, status and vendor filters; every change goes to the URL. */
export function TaskFilters({ filters, onChange, vendors }: { filters: Filters; onChange: (patch: Partial<Filters>) => void; vendors: ReadonlyMap<string, Vendor> }) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  // Typing updates the URL after a short pause, not on every key.
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === filters.q) return;
    const timer = setTimeout(() => onChange({ q }), 250);
    return () => clearTimeout(timer);
  }, [text, filters.q, onChange]);
  const statuses = filters.status ?? [];
  const toggle = (status: TaskStatus, on: boolean) => {
    const next = on ? [...statuses, status] : statuses.filter((s) => s !== status);
    onChange({ status: next.length > 0 ? next : undefined });
  };
  return (
    <div className="flex flex-wrap items-center gap-2" role="search" aria-label={t('timeline.filters.label')}>
      <div className="relative w-full sm:w-64">
        <Search className="pointer-events-none absolute top-2 left-2.5 size-4 text-muted-foreground" aria-hidden />
        <Input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('timeline.filters.search')} aria-label={t('timeline.filters.search')} className="w-full pl-8" data-testid="task-search" />
      </div>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" data-testid="status-filter">
            <ListFilter aria-hidden />
            {statuses.length > 0 ? t('timeline.filters.statusCount', { count: statuses.length }) : t('timeline.filters.status')}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuLabel>{t('timeline.filters.status')}</DropdownMenuLabel>
          {TASK_STATUSES.map((s) => (
            <DropdownMenuCheckboxItem key={s} checked={statuses.includes(s)} onSelect={(e) => e.preventDefault()} onCheckedChange={(on) => toggle(s, on)}>
              {t(`taskStatuses.${s}`)}
            </DropdownMenuCheckboxItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      {vendors.size > 0 ? (
        <Select
          className="w-48"
          aria-label={t('timeline.filters.vendor')}
          value={filters.vendor ?? ANY}
          onValueChange={(v) => onChange({ vendor: v === ANY ? undefined : v })}
          options={[{ value: ANY, label: t('timeline.filters.anyVendor') }, ...[...vendors.values()].map((v) => ({ value: v.id, label: v.name }))]}
        />
      ) : null}
      {hasTaskFilters(filters) ? (
        <Button variant="ghost" onClick={() => onChange({ q: undefined, status: undefined, vendor: undefined })}>
          <X aria-hidden />
          {t('timeline.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}

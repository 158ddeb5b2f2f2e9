import type { TFunction } from 'i18next';
import { Check, GitCompare, Save, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { applyApiErrorToForm, errorMessage } from '../../../lib/errors';
import { useBaselineComparison, useBaselines, useCreateBaseline } from '../api/baselines';
import { formatDate, formatMinutes, formatDateTimeShort } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

type Comparison = NonNullable<ReturnType<typeof useBaselineComparison>['data']>;
type Row = Comparison['tasks'][number];

export type BaselinesMenuProps = {
  orgId: string;
  eventId: string;
  timeZone: string;
  canWrite: boolean;
  selected: string | undefined;
  onSelect: (baselineId: string | undefined) => void;
};

/** "Baselines": save today's dates under a name, or pick one to compare with. */
export function BaselinesMenu({ orgId, eventId, timeZone, canWrite, selected, onSelect }: BaselinesMenuProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const list = useBaselines(orgId, eventId, open || Boolean(selected));
  return (
    <>
      <DropdownMenu open={open} onOpenChange={setOpen}>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" data-testid="baselines-menu">
            <GitCompare aria-hidden />
            {t('timeline.baselines.menu')}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-72">
          {canWrite ? (
            <>
              <DropdownMenuItem onSelect={() => setSaving(true)}>
                <Save aria-hidden />
                {t('timeline.baselines.save')}
              </DropdownMenuItem>
              <DropdownMenuSeparator />
            </>
          ) : null}
          <DropdownMenuLabel>{t('timeline.baselines.compareWith')}</DropdownMenuLabel>
          {list.isPending ? <DropdownMenuItem disabled>{t('common.loading')}</DropdownMenuItem> : null}
          {list.data?.length === 0 ? <DropdownMenuItem disabled>{t('timeline.baselines.none')}</DropdownMenuItem> : null}
          {list.data?.map((b) => (
            <DropdownMenuItem key={b.id} onSelect={() => onSelect(b.id)}>
              <span className="flex size-4 items-center justify-center">{selected === b.id ? <Check aria-hidden /> : null}</span>
              <span className="flex min-w-0 flex-col">
                <span className="truncate">{b.name}</span>
                <span className="text-[11.5px] text-muted-foreground">
                  {formatDateTimeShort(b.createdAt, timeZone, i18n.language)} · {t('timeline.taskCount', { count: b.taskCount })}
                </span>
              </span>
            </DropdownMenuItem>
          ))}
          {selected ? (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem onSelect={() => onSelect(undefined)}>
                <X aria-hidden />
                {t('timeline.baselines.stop')}
              </DropdownMenuItem>
            </>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      {saving ? <SaveBaselineDialog open onOpenChange={setSaving} orgId={orgId} eventId={eventId} timeZone={timeZone} onSaved={onSelect} /> : null}
    </>
  );
}

function SaveBaselineDialog({
  open,
  onOpenChange,
  orgId,
  eventId,
  timeZone,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  eventId: string;
  timeZone: string;
  onSaved: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateBaseline(orgId, eventId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ name: string }>({ values: { name: t('timeline.baselines.defaultName', { date: formatDate(Date.now(), timeZone, i18n.language) }) } });
  const onSubmit = form.handleSubmit(async ({ name }) => {
    setFormError(null);
    try {
      const baseline = await create.mutateAsync(name.trim());
      toast.success(t('timeline.baselines.saved', { name: baseline.name }));
      onOpenChange(false);
      onSaved(baseline.id);
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['name'], t, i18n.language));
    }
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="sm" title={t('timeline.baselines.saveTitle')} description={t('timeline.baselines.saveBody')}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {formError ? <Alert>{formError}</Alert> : null}
          <Field label={t('timeline.baselines.name')} error={form.formState.errors.name?.message}>
            <Input autoFocus {...form.register('name', { validate: (v) => (v.trim() ? true : t('validation.required')) })} />
          </Field>
          <DialogFooter>
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function slipText(t: TFunction, row: Row) {
  if (row.currentStart === null) return { text: t('timeline.baselines.removed'), tone: 'neutral' as const };
  if (row.plannedStart === null) return { text: t('timeline.baselines.added'), tone: 'info' as const };
  const slip = row.slipMinutes ?? 0;
  if (slip === 0) return { text: t('timeline.baselines.onPlan'), tone: 'success' as const };
  return slip > 0
    ? { text: t('timeline.baselines.late', { value: formatMinutes(Math.abs(slip), currentLanguage()) }), tone: 'danger' as const }
    : { text: t('timeline.baselines.early', { value: formatMinutes(Math.abs(slip), currentLanguage()) }), tone: 'primary' as const };
}

/** The strip above the views while comparing, with the counts and a table of every task's slip. */
export function BaselineBanner({ comparison, loading, error, timeZone, onStop }: { comparison: Comparison | undefined; loading: boolean; error: unknown; timeZone: string; onStop: () => void }) {
  const { t, i18n } = useTranslation();
  const [details, setDetails] = useState(false);
  const counts = useMemo(() => {
    const c = { late: 0, early: 0, same: 0 };
    for (const row of comparison?.tasks ?? []) {
      if (row.slipMinutes === null) continue;
      if (row.slipMinutes > 0) c.late += 1;
      else if (row.slipMinutes < 0) c.early += 1;
      else c.same += 1;
    }
    return c;
  }, [comparison]);
  const columns = useMemo<DataTableColumn<Row>[]>(
    () => [
      { id: 'title', header: () => t('timeline.columns.title'), cell: ({ row }) => <span className="font-medium">{row.original.title}</span>, meta: { className: 'min-w-44' } },
      {
        id: 'planned',
        header: () => t('timeline.baselines.planned'),
        cell: ({ row }) => (
          <span className="whitespace-nowrap text-muted-foreground tabular-nums">
            {row.original.plannedStart ? `${formatDateTimeShort(row.original.plannedStart, timeZone, i18n.language)} – ${formatDateTimeShort(row.original.plannedEnd!, timeZone, i18n.language)}` : '—'}
          </span>
        ),
      },
      {
        id: 'current',
        header: () => t('timeline.baselines.current'),
        cell: ({ row }) => (
          <span className="whitespace-nowrap tabular-nums">
            {row.original.currentStart ? `${formatDateTimeShort(row.original.currentStart, timeZone, i18n.language)} – ${formatDateTimeShort(row.original.currentEnd!, timeZone, i18n.language)}` : '—'}
          </span>
        ),
      },
      {
        id: 'slip',
        header: () => t('timeline.baselines.slip'),
        cell: ({ row }) => {
          const s = slipText(t, row.original);
          return <Badge tone={s.tone}>{s.text}</Badge>;
        },
      },
    ],
    [t, i18n.language, timeZone],
  );
  const sorted = useMemo(() => [...(comparison?.tasks ?? [])].sort((a, b) => (b.slipMinutes ?? -Infinity) - (a.slipMinutes ?? -Infinity)), [comparison]);
  if (error) return <Alert action={<Button size="sm" variant="secondary" onClick={onStop}>{t('timeline.baselines.stop')}</Button>}>{errorMessage(t, error)}</Alert>;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-border bg-surface-2/60 px-3 py-2 text-[13px]" data-testid="baseline-banner">
      <GitCompare className="size-4 text-muted-foreground" aria-hidden />
      <span className="font-medium">{loading || !comparison ? t('common.loading') : t('timeline.baselines.comparing', { name: comparison.baseline.name })}</span>
      {comparison ? <span className="text-muted-foreground">{t('timeline.baselines.summary', counts)}</span> : null}
      <span className="hidden text-[12px] text-muted-foreground sm:inline">· {t('timeline.baselines.legend')}</span>
      <span className="flex-1" />
      <Button size="sm" variant="secondary" onClick={() => setDetails(true)} disabled={!comparison}>
        {t('timeline.baselines.details')}
      </Button>
      <Button size="sm" variant="ghost" onClick={onStop}>
        {t('timeline.baselines.stop')}
      </Button>
      <Dialog open={details} onOpenChange={setDetails}>
        <DialogContent size="lg" title={comparison ? t('timeline.baselines.panelTitle', { name: comparison.baseline.name }) : ''} className="max-w-4xl">
          <DataTable label={t('timeline.baselines.tableLabel')} columns={columns} data={sorted} getRowId={(r) => r.taskId} testId="baseline-table" />
        </DialogContent>
      </Dialog>
    </div>
  );
}

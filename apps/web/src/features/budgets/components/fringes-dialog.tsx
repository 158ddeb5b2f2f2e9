import {
  CURRENCY_CODES,
  parseDecimal,
  parseLocaleDecimal,
  parseMoney,
  type CreateFringeInput,
  type CurrencyCode,
  type FringeRuleDto,
} from '@rundown/domain';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ErrorPanel } from '../../../components/layout/state-panels';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { Dialog, DialogContent } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { errorMessage } from '../../../lib/errors';
import { intlLocale } from '../../../lib/i18n';
import { useCreateFringe } from '../api/create-fringe';
import { useDeleteFringe } from '../api/delete-fringe';
import { useFringes } from '../api/list-fringes';
import { useUpdateFringe } from '../api/update-fringe';
import { formatFringeRule } from '../utils/grid-columns';
import { formatMinorPlain, formatPercentFromBasisPoints } from '../../../lib/number-format';

type Draft = { id: string | null; version: number; name: string; kind: 'percent' | 'flat'; value: string; currency: CurrencyCode };

const PRESETS: { name: string; basisPoints: number }[] = [
  { name: 'PPN', basisPoints: 1100 },
  { name: 'Agency fee', basisPoints: 1000 },
];

/** The organization's fringe rules (PPN 11%, agency fee, BPJS…): list, add, edit, delete. */
export function FringesDialog({
  open,
  onOpenChange,
  orgId,
  canWrite,
  defaultCurrency,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  canWrite: boolean;
  defaultCurrency: CurrencyCode;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const fringes = useFringes(orgId);
  const create = useCreateFringe(orgId);
  const update = useUpdateFringe(orgId);
  const remove = useDeleteFringe(orgId);
  const empty: Draft = { id: null, version: 0, name: '', kind: 'percent', value: '', currency: defaultCurrency };
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<{ name?: string; value?: string; form?: string }>({});
  const [confirm, setConfirm] = useState<FringeRuleDto | null>(null);

  const edit = (rule: FringeRuleDto) => {
    setErrors({});
    setDraft({
      id: rule.id,
      version: rule.version,
      name: rule.name,
      kind: rule.kind,
      value: rule.kind === 'percent' ? formatPercentFromBasisPoints(rule.basisPoints ?? 0, locale) : formatMinorPlain(rule.amount ?? '0', rule.currency ?? defaultCurrency, locale),
      currency: rule.currency ?? defaultCurrency,
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    const name = draft.name.trim();
    if (!name) next.name = t('validation.required');
    let basisPoints: number | null = null;
    let amount: string | null = null;
    if (draft.kind === 'percent') {
      const canonical = parseLocaleDecimal(draft.value.replace('%', ''), 2, locale);
      const scaled = canonical === null ? null : parseDecimal(canonical, 2);
      if (scaled === null || scaled > 100_000n) next.value = t('budgets.fringes.percentInvalid');
      else basisPoints = Number(scaled);
    } else {
      const minor = parseMoney(draft.value, draft.currency, locale);
      if (minor === null || minor < 0n) next.value = t('budgets.fringes.amountInvalid', { currency: draft.currency });
      else amount = minor.toString();
    }
    setErrors(next);
    if (next.name || next.value) return;
    try {
      if (draft.id) {
        await update.mutateAsync({ fringeId: draft.id, version: draft.version, body: draft.kind === 'percent' ? { name, basisPoints: basisPoints! } : { name, amount: amount! } });
        toast.success(t('budgets.fringes.saved'));
      } else {
        const body: CreateFringeInput =
          draft.kind === 'percent' ? { kind: 'percent', name, basisPoints: basisPoints! } : { kind: 'flat', name, amount: amount!, currency: draft.currency };
        const created = await create.mutateAsync(body);
        toast.success(t('budgets.fringes.created', { name: created.name }));
      }
      setDraft(empty);
    } catch (err) {
      setErrors({ form: errorMessage(t, err) });
    }
  };

  const addPreset = async (preset: (typeof PRESETS)[number]) => {
    try {
      const created = await create.mutateAsync({ kind: 'percent', name: preset.name, basisPoints: preset.basisPoints });
      toast.success(t('budgets.fringes.created', { name: created.name }));
    } catch (err) {
      setErrors({ form: errorMessage(t, err) });
    }
  };

  const onDelete = async () => {
    if (!confirm) return;
    try {
      await remove.mutateAsync(confirm.id);
      toast.success(t('budgets.fringes.deleted', { name: confirm.name }));
      if (draft.id === confirm.id) setDraft(empty);
    } catch (err) {
      setErrors({ form: errorMessage(t, err) });
    } finally {
      setConfirm(null);
    }
  };

  const rules = fringes.data ?? [];
  const columns: DataTableColumn<FringeRuleDto>[] = [
    { id: 'name', header: () => t('budgets.fringes.name'), cell: ({ row }) => <span className="font-medium">{row.original.name}</span> },
    { id: 'kind', header: () => t('budgets.fringes.kind'), cell: ({ row }) => <span className="text-muted-foreground">{t(`budgets.fringes.${row.original.kind}`)}</span>, meta: { className: 'hidden sm:table-cell' } },
    { id: 'value', header: () => t('budgets.fringes.value'), cell: ({ row }) => <span className="tabular-nums">{formatFringeRule(row.original, locale)}</span>, meta: { className: 'text-right' } },
    {
      id: 'actions',
      header: () => <span className="sr-only">{t('common.actions')}</span>,
      cell: ({ row }) =>
        canWrite ? (
          <div className="flex justify-end">
            <Button variant="ghost" size="icon-sm" onClick={() => edit(row.original)} aria-label={t('budgets.fringes.edit', { name: row.original.name })}>
              <Pencil aria-hidden />
            </Button>
            <Button variant="danger-ghost" size="icon-sm" onClick={() => setConfirm(row.original)} aria-label={t('budgets.fringes.delete', { name: row.original.name })}>
              <Trash2 aria-hidden />
            </Button>
          </div>
        ) : null,
      meta: { className: 'text-right' },
    },
  ];

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('budgets.fringes.title')} description={t('budgets.fringes.description')} size="lg" data-testid="fringes-dialog">
        {fringes.isError ? (
          <ErrorPanel message={`${t('budgets.fringes.loadError')} ${errorMessage(t, fringes.error)}`} />
        ) : (
          <div className="overflow-hidden rounded-lg border border-border">
            <DataTable
              label={t('budgets.fringes.title')}
              columns={columns}
              data={rules}
              getRowId={(r) => r.id}
              isLoading={fringes.isPending}
              skeletonRows={2}
              empty={<p className="px-4 py-6 text-center text-[13px] text-muted-foreground">{t('budgets.fringes.empty')}</p>}
              testId="fringes-table"
            />
          </div>
        )}
        {canWrite && rules.length === 0 && !fringes.isPending ? (
          <div className="mt-3 flex flex-wrap items-center gap-2 text-[12.5px]">
            <span className="text-muted-foreground">{t('budgets.fringes.presets')}:</span>
            {PRESETS.map((p) => (
              <Button key={p.name} size="sm" variant="secondary" onClick={() => void addPreset(p)}>
                <Plus aria-hidden />
                {p.name} {formatPercentFromBasisPoints(p.basisPoints, locale)}%
              </Button>
            ))}
          </div>
        ) : null}
        {canWrite ? (
          <form onSubmit={(e) => void submit(e)} noValidate className="mt-5 flex flex-col gap-3 rounded-lg border border-dashed border-border p-3" data-testid="fringe-form">
            <h3 className="text-[13px] font-semibold">{draft.id ? t('budgets.fringes.editTitle', { name: draft.name }) : t('budgets.fringes.addTitle')}</h3>
            {errors.form ? <Alert>{errors.form}</Alert> : null}
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label={t('budgets.fringes.name')} error={errors.name}>
                <Input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} maxLength={80} placeholder="PPN" />
              </Field>
              <Field label={t('budgets.fringes.kind')}>
                <Select
                  value={draft.kind}
                  disabled={draft.id !== null}
                  onValueChange={(kind) => setDraft({ ...draft, kind, value: '' })}
                  options={[
                    { value: 'percent', label: t('budgets.fringes.percent') },
                    { value: 'flat', label: t('budgets.fringes.flat') },
                  ]}
                />
              </Field>
              {draft.kind === 'percent' ? (
                <Field label={t('budgets.fringes.percentValue')} hint={t('budgets.fringes.percentHint')} error={errors.value}>
                  <div className="relative">
                    <Input value={draft.value} onChange={(e) => setDraft({ ...draft, value: e.target.value })} inputMode="decimal" className="w-full pr-7 text-right tabular-nums" />
                    <span className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 text-[13px] text-muted-foreground">%</span>
                  </div>
                </Field>
              ) : (
                <div className="grid grid-cols-[1fr_7rem] gap-2">
                  <Field label={t('budgets.fringes.amount')} error={errors.value}>
                    <Input value={draft.value} onChange={(e) => setDraft({ ...draft, value: e.target.value })} inputMode="decimal" className="text-right tabular-nums" />
                  </Field>
                  <Field label={t('budgets.fringes.currency')}>
                    <Select
                      value={draft.currency}
                      disabled={draft.id !== null}
                      onValueChange={(currency) => setDraft({ ...draft, currency })}
                      options={CURRENCY_CODES.map((c) => ({ value: c, label: c }))}
                    />
                  </Field>
                </div>
              )}
            </div>
            <div className="flex justify-end gap-2">
              {draft.id ? (
                <Button variant="secondary" onClick={() => setDraft(empty)}>
                  {t('common.cancel')}
                </Button>
              ) : null}
              <Button type="submit" loading={create.isPending || update.isPending} data-testid="fringe-submit">
                {draft.id ? t('common.save') : t('budgets.fringes.add')}
              </Button>
            </div>
          </form>
        ) : null}
        <ConfirmDialog
          open={confirm !== null}
          onOpenChange={(o) => !o && setConfirm(null)}
          title={confirm ? t('budgets.fringes.deleteTitle', { name: confirm.name }) : ''}
          description={t('budgets.fringes.deleteBody')}
          confirmLabel={t('common.delete')}
          pending={remove.isPending}
          onConfirm={() => void onDelete()}
        />
      </DialogContent>
    </Dialog>
  );
}

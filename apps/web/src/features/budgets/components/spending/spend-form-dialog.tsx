import {
  createCommitmentSchema,
  createExpenseSchema,
  CURRENCY_CODES,
  parseLocaleDecimal,
  parseMoney,
  toZonedLocal,
  type BudgetLine,
  type CurrencyCode,
} from '@rundown/domain';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../../components/ui/alert';
import { Button } from '../../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../../components/ui/dialog';
import { Field } from '../../../../components/ui/field';
import { Input, Textarea } from '../../../../components/ui/input';
import { Select } from '../../../../components/ui/select';
import { applyApiErrorToForm } from '../../../../lib/errors';
import { currencyName } from '../../../../lib/format';
import { intlLocale } from '../../../../lib/i18n';
import { useCreateCommitment } from '../../api/create-commitment';
import { useCreateExpense } from '../../api/create-expense';
import { LinePicker } from './line-picker';
import { DateInput } from '../../../../components/ui/date-input';
import { MoneyInput } from '../../../../components/ui/money-input';

export type SpendKind = 'commitment' | 'expense';

type Values = {
  lineId: string;
  amount: string;
  currency: CurrencyCode;
  exchangeRate: string;
  date: string;
  party: string;
  reference: string;
  description: string;
};

const FIELDS = ['lineId', 'amount', 'currency', 'exchangeRate', 'date', 'party', 'reference', 'description'] as const;

export type SpendFormDialogProps = {
  kind: SpendKind | null;
  onClose: () => void;
  orgId: string;
  eventId: string;
  budgetCurrency: CurrencyCode;
  lines: readonly BudgetLine[];
  initialLineId?: string | null;
  timeZone: string;
};

/** Records a commitment (purchase order) or an expense (invoice) against a budget line. */
export function SpendFormDialog({ kind, onClose, orgId, eventId, budgetCurrency, lines, initialLineId, timeZone }: SpendFormDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const createCommitment = useCreateCommitment(orgId, eventId);
  const createExpense = useCreateExpense(orgId, eventId);
  const [formError, setFormError] = useState<string | null>(null);
  const today = toZonedLocal(new Date().toISOString(), timeZone).slice(0, 10);
  const defaults: Values = { lineId: initialLineId ?? '', amount: '', currency: budgetCurrency, exchangeRate: '', date: today, party: '', reference: '', description: '' };
  const form = useForm<Values>({ defaultValues: defaults });
  const { register, control, handleSubmit, watch, setError, reset, formState } = form;

  useEffect(() => {
    if (kind) {
      reset({ ...defaults, lineId: initialLineId ?? '' });
      setFormError(null);
    }
    // Reset only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, initialLineId]);

  const currency = watch('currency');
  const foreign = currency !== budgetCurrency;
  const party = kind === 'expense' ? t('budgets.spending.form.payee') : t('budgets.spending.form.vendor');

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let invalid = false;
    if (!values.lineId) {
      setError('lineId', { message: t('budgets.spending.form.lineRequired') });
      invalid = true;
    }
    const amount = /^-?\d+$/.test(values.amount) ? BigInt(values.amount) : null;
    if (amount === null || amount <= 0n) {
      setError('amount', { message: t('budgets.spending.form.amountInvalid', { currency: values.currency }) });
      invalid = true;
    }
    const rate = foreign ? parseLocaleDecimal(values.exchangeRate, 6, locale) : '1';
    if (!rate || !/[1-9]/.test(rate)) {
      setError('exchangeRate', { message: t('budgets.spending.form.rateInvalid') });
      invalid = true;
    }
    if (invalid || amount === null || !rate) return;
    const common = {
      lineId: values.lineId,
      amount: amount.toString(),
      currency: values.currency,
      exchangeRate: rate,
      description: values.description || null,
    };
    const parsed =
      kind === 'expense'
        ? createExpenseSchema.safeParse({ ...common, payee: values.party, spentOn: values.date, reference: values.reference || null })
        : createCommitmentSchema.safeParse({ ...common, vendor: values.party, issuedOn: values.date });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        const field = key === 'payee' || key === 'vendor' ? 'party' : key === 'spentOn' || key === 'issuedOn' ? 'date' : key;
        if ((FIELDS as readonly string[]).includes(field)) setError(field as (typeof FIELDS)[number], { message: issue.message });
      }
      return;
    }
    try {
      const created =
        kind === 'expense'
          ? await createExpense.mutateAsync(parsed.data as Parameters<typeof createExpense.mutateAsync>[0])
          : await createCommitment.mutateAsync(parsed.data as Parameters<typeof createCommitment.mutateAsync>[0]);
      const waiting = created.status === 'pending' || created.status === 'submitted';
      toast.success(kind === 'expense' ? t('budgets.spending.form.createdExpense') : t('budgets.spending.form.createdCommitment'), {
        description: waiting ? t('budgets.spending.form.waiting') : undefined,
      });
      onClose();
    } catch (error) {
      const message = applyApiErrorToForm(error, setError, FIELDS, t, i18n.language, {});
      setFormError(message);
    }
  });

  return (
    <Dialog open={kind !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={kind === 'expense' ? t('budgets.spending.form.expenseTitle') : t('budgets.spending.form.commitmentTitle')}
        description={t('budgets.spending.form.description')}
        data-testid="spend-form"
      >
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {formError ? <Alert>{formError}</Alert> : null}
          <Field label={t('budgets.spending.form.line')} error={formState.errors.lineId?.message}>
            <Controller control={control} name="lineId" render={({ field }) => <LinePicker lines={lines} value={field.value || null} onChange={field.onChange} />} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-[1fr_9rem]">
            <Field label={t('budgets.spending.form.amount')} error={formState.errors.amount?.message}>
              <Controller control={control} name="amount" render={({ field }) => <MoneyInput currency={currency} value={field.value || null} onChange={(minor) => field.onChange(minor ?? '')} onBlur={field.onBlur} data-testid="spend-amount" />} />
            </Field>
            <Field label={t('budgets.spending.form.currency')}>
              <Controller
                control={control}
                name="currency"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={field.onChange} options={CURRENCY_CODES.map((c) => ({ value: c, label: c, description: currencyName(c, i18n.language) }))} />
                )}
              />
            </Field>
          </div>
          {foreign ? (
            <Field
              label={t('budgets.spending.form.exchangeRate')}
              hint={t('budgets.spending.form.exchangeRateHint', { budget: budgetCurrency, currency })}
              error={formState.errors.exchangeRate?.message}
            >
              <Input inputMode="decimal" autoComplete="off" className="text-right tabular-nums" {...register('exchangeRate')} />
            </Field>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={kind === 'expense' ? t('budgets.spending.form.spentOn') : t('budgets.spending.form.issuedOn')} error={formState.errors.date?.message}>
              <Controller control={control} name="date" render={({ field }) => <DateInput value={field.value} onChange={(day) => field.onChange(day ?? '')} onBlur={field.onBlur} />} />
            </Field>
            <Field label={party} error={formState.errors.party?.message}>
              <Input autoComplete="organization" {...register('party')} />
            </Field>
          </div>
          {kind === 'expense' ? (
            <Field label={t('budgets.spending.form.reference')} optional={t('common.optional')} error={formState.errors.reference?.message}>
              <Input {...register('reference')} />
            </Field>
          ) : null}
          <Field label={t('budgets.spending.form.note')} optional={t('common.optional')} error={formState.errors.description?.message}>
            <Textarea rows={2} className="min-h-14" {...register('description')} />
          </Field>
          <DialogFooter>
            <Button variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={formState.isSubmitting} data-testid="spend-submit">
              {kind === 'expense' ? t('budgets.spending.form.submitExpense') : t('budgets.spending.form.submitCommitment')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

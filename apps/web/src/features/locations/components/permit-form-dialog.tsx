import { PERMIT_STATUSES, type EventPlace, type Permit, type PermitStatus } from '@rundown/domain';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { DateInput } from '../../../components/ui/date-input';
import { Input, Textarea } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { applyApiErrorToForm } from '../../../lib/errors';
import { usePermitTypes } from '../api/list-permit-types';
import { useCreatePermit, useUpdatePermit } from '../api/save-permit';

type Values = {
  typeId: string;
  placeId: string;
  issuer: string;
  number: string;
  status: PermitStatus;
  submittedOn: string;
  approvedOn: string;
  validFrom: string;
  validUntil: string;
  notes: string;
};

const NO_PLACE = '__none';

export type PermitFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  eventId: string;
  places: readonly EventPlace[];
  permit?: Permit;
};

export function PermitFormDialog(props: PermitFormDialogProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('id') ? 'id' : 'en';
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent
        size="lg"
        title={props.permit ? t('permits.form.editTitle', { name: props.permit.typeName[lang] }) : t('permits.form.createTitle')}
        description={t('permits.form.description')}
      >
        {props.open ? <PermitForm key={props.permit?.id ?? 'new'} {...props} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function PermitForm({ orgId, eventId, places, permit, onOpenChange }: PermitFormDialogProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('id') ? 'id' : 'en';
  const types = usePermitTypes(orgId);
  const create = useCreatePermit(orgId, eventId);
  const update = useUpdatePermit(orgId, eventId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      typeId: permit?.typeId ?? '',
      placeId: permit?.placeId ?? NO_PLACE,
      issuer: permit?.issuer ?? '',
      number: permit?.number ?? '',
      status: permit?.status ?? 'not_started',
      submittedOn: permit?.submittedOn ?? '',
      approvedOn: permit?.approvedOn ?? '',
      validFrom: permit?.validFrom ?? '',
      validUntil: permit?.validUntil ?? '',
      notes: permit?.notes ?? '',
    },
  });
  const typeId = form.watch('typeId');
  const type = useMemo(() => types.data?.items.find((x) => x.id === typeId), [types.data, typeId]);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    if (!values.typeId) return form.setError('typeId', { message: t('validation.required') });
    const optional = (v: string) => v.trim() || null;
    const body = {
      placeId: values.placeId === NO_PLACE ? null : values.placeId,
      issuer: optional(values.issuer),
      number: optional(values.number),
      status: values.status,
      submittedOn: optional(values.submittedOn),
      approvedOn: optional(values.approvedOn),
      validFrom: optional(values.validFrom),
      validUntil: optional(values.validUntil),
      notes: optional(values.notes),
    };
    try {
      if (permit) {
        await update.mutateAsync({ permitId: permit.id, version: permit.version, body });
        toast.success(t('permits.saved'));
      } else {
        const created = await create.mutateAsync({ typeId: values.typeId, ...body });
        toast.success(t('permits.created', { name: created.typeName[lang] }));
      }
      onOpenChange(false);
    } catch (error) {
      setFormError(
        applyApiErrorToForm(error, form.setError, ['typeId', 'placeId', 'issuer', 'number', 'status', 'submittedOn', 'approvedOn', 'validFrom', 'validUntil', 'notes'], t, i18n.language),
      );
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="permit-form">
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('permits.form.type')} error={errors.typeId?.message} className="sm:col-span-2">
          <Controller
            control={form.control}
            name="typeId"
            render={({ field }) => (
              <Select
                value={field.value || undefined}
                disabled={Boolean(permit)}
                placeholder={t('permits.form.type')}
                onValueChange={(v) => {
                  field.onChange(v);
                  const chosen = types.data?.items.find((x) => x.id === v);
                  if (chosen && !form.getValues('issuer')) form.setValue('issuer', chosen.issuer);
                }}
                options={(types.data?.items ?? []).map((x) => ({ value: x.id, label: x.name[lang] }))}
                data-testid="permit-type"
              />
            )}
          />
        </Field>
        {type && type.documents.length > 0 ? (
          <div className="rounded-lg border border-border bg-muted/40 px-3 py-2 text-[12.5px] sm:col-span-2">
            <p className="mb-1 font-medium">{t('permits.form.documents')}</p>
            <ul className="list-disc pl-4 text-muted-foreground">
              {type.documents.map((d, i) => (
                <li key={i}>{d[lang]}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <Field label={t('permits.form.place')}>
          <Controller
            control={form.control}
            name="placeId"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                options={[
                  { value: NO_PLACE, label: t('permits.form.noPlace') },
                  ...places.map((p) => ({ value: p.id, label: p.spaceName ? `${p.locationName} · ${p.spaceName}` : p.locationName })),
                ]}
              />
            )}
          />
        </Field>
        <Field label={t('permits.form.status')} error={errors.status?.message}>
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} options={PERMIT_STATUSES.map((s) => ({ value: s, label: t(`permits.statuses.${s}`) }))} data-testid="permit-status" />
            )}
          />
        </Field>
        <Field label={t('permits.form.issuer')} optional={t('permits.form.optional')}>
          <Input {...form.register('issuer')} />
        </Field>
        <Field label={t('permits.form.number')} optional={t('permits.form.optional')}>
          <Input {...form.register('number')} />
        </Field>
        <Field label={t('permits.form.submittedOn')} error={errors.submittedOn?.message} optional={t('permits.form.optional')}>
          <Controller control={form.control} name="submittedOn" render={({ field }) => <DateInput value={field.value || null} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} />} />
        </Field>
        <Field label={t('permits.form.approvedOn')} error={errors.approvedOn?.message} optional={t('permits.form.optional')}>
          <Controller control={form.control} name="approvedOn" render={({ field }) => <DateInput value={field.value || null} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} />} />
        </Field>
        <Field label={t('permits.form.validFrom')} error={errors.validFrom?.message} optional={t('permits.form.optional')}>
          <Controller control={form.control} name="validFrom" render={({ field }) => <DateInput value={field.value || null} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} />} />
        </Field>
        <Field label={t('permits.form.validUntil')} error={errors.validUntil?.message} optional={t('permits.form.optional')}>
          <Controller control={form.control} name="validUntil" render={({ field }) => <DateInput value={field.value || null} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} />} />
        </Field>
      </div>
      <Field label={t('permits.form.notes')} optional={t('permits.form.optional')}>
        <Textarea rows={2} {...form.register('notes')} />
      </Field>
      <DialogFooter>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting} data-testid="save-permit">
          {t('permits.form.save')}
        </Button>
      </DialogFooter>
    </form>
  );
}

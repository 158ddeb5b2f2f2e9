import { zodResolver } from '@hookform/resolvers/zod';
import {
  createEventSchema,
  CURRENCY_CODES,
  EVENT_KINDS,
  EVENT_STATUSES,
  EVENT_TRANSITIONS,
  eventSchema,
  fromZonedLocal,
  toZonedLocal,
  updateEventSchema,
  type CreateEventInput,
  type CurrencyCode,
  type Event,
  type EventKind,
  type EventStatus,
  EVENT_SCALES,
  type EventScale,
} from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { Controller, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input, Textarea } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { isApiError } from '../../../lib/api-client';
import { applyApiErrorToForm } from '../../../lib/errors';
import { currencyName, TIME_ZONES, isKnownTimeZone, timeZoneOffsetLabel } from '../../../lib/format';
import { useCreateEvent } from '../api/create-event';
import { eventKeys } from '../api/keys';
import { useUpdateEvent } from '../api/update-event';
import { DateTimeInput } from '../../../components/ui/date-time-input';

/** What the form holds: wall-clock times (datetime-local) to be read in `timeZone`. */
export type EventFormValues = {
  name: string;
  kind: EventKind;
  status: EventStatus;
  start: string;
  end: string;
  timeZone: string;
  venue: string;
  client: string;
  currency: CurrencyCode;
  notes: string;
  /** '' while not set. */
  scale: EventScale | '';
  expectedAttendance: string;
};

const NO_SCALE = '__none';

const FORM_FIELDS = ['name', 'kind', 'status', 'start', 'end', 'timeZone', 'venue', 'client', 'currency', 'notes', 'scale', 'expectedAttendance'] as const;

/** API field name → form field name. */
const API_TO_FORM: Record<string, (typeof FORM_FIELDS)[number]> = { startAt: 'start', endAt: 'end' };

export function toEventInput(values: EventFormValues) {
  return {
    name: values.name,
    kind: values.kind,
    status: values.status,
    startAt: fromZonedLocal(values.start, values.timeZone) ?? '',
    endAt: fromZonedLocal(values.end, values.timeZone) ?? '',
    timeZone: values.timeZone,
    venue: values.venue,
    client: values.client,
    currency: values.currency,
    notes: values.notes,
    scale: values.scale || null,
    expectedAttendance: /^\d+$/.test(values.expectedAttendance.trim()) ? Number(values.expectedAttendance.trim()) : null,
  };
}

export function eventToFormValues(event: Event): EventFormValues {
  return {
    name: event.name,
    kind: event.kind,
    status: event.status,
    start: toZonedLocal(event.startAt, event.timeZone),
    end: toZonedLocal(event.endAt, event.timeZone),
    timeZone: event.timeZone,
    venue: event.venue ?? '',
    client: event.client ?? '',
    currency: event.currency,
    notes: event.notes ?? '',
    scale: event.scale ?? '',
    expectedAttendance: event.expectedAttendance?.toString() ?? '',
  };
}

function defaultFormValues(timeZone: string, currency: CurrencyCode): EventFormValues {
  const today = toZonedLocal(new Date().toISOString(), timeZone).slice(0, 10);
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  const day = d.toISOString().slice(0, 10);
  return {
    name: '',
    kind: 'live_event',
    status: 'planning',
    start: `${day}T09:00`,
    end: `${day}T22:00`,
    timeZone,
    venue: '',
    client: '',
    currency,
    notes: '',
    scale: '',
    expectedAttendance: '',
  };
}

/**
 * zodResolver with the domain schema, applied to what the form means: the wall-clock fields
 * are converted to instants first, and errors on startAt/endAt are shown on start/end.
 */
export function eventFormResolver(mode: 'create' | 'update', t: TFunction): Resolver<EventFormValues, unknown, CreateEventInput> {
  const inner = zodResolver(mode === 'create' ? createEventSchema : updateEventSchema);
  return async (values, context, options) => {
    const result = await inner(toEventInput(values) as never, context, options as never);
    const errors: FieldErrors<EventFormValues> = {};
    for (const [key, error] of Object.entries(result.errors ?? {})) {
      if (!error) continue;
      const field = API_TO_FORM[key] ?? (key as keyof EventFormValues);
      const message =
        field === 'end' && error.type === 'custom'
          ? t('validation.endBeforeStart')
          : (field === 'start' || field === 'end') && (values[field] === '' || error.type === 'invalid_format')
            ? t('validation.invalidDateTime')
            : String(error.message ?? '');
      errors[field] = { type: String(error.type ?? 'validate'), message };
    }
    if (Object.keys(errors).length > 0) return { values: {}, errors };
    return { values: result.values as CreateEventInput, errors: {} };
  };
}

export type EventFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  /** Editing this event; absent for "New event". */
  event?: Event;
  defaultTimeZone: string;
  defaultCurrency: CurrencyCode;
  onSaved?: (event: Event) => void;
};

export function EventFormDialog(props: EventFormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent
        size="lg"
        title={props.event ? t('events.form.editTitle') : t('events.form.createTitle')}
        description={t('events.form.createDescription')}
      >
        {props.open ? <EventForm {...props} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function EventForm({ orgId, event, defaultTimeZone, defaultCurrency, onOpenChange, onSaved }: EventFormDialogProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const create = useCreateEvent(orgId);
  const update = useUpdateEvent(orgId, event?.id ?? '');
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Event | null>(null);
  const [base, setBase] = useState<Event | undefined>(event);

  const resolver = useMemo(() => eventFormResolver(event ? 'update' : 'create', t), [event, t]);
  const form = useForm<EventFormValues, unknown, CreateEventInput>({
    resolver,
    defaultValues: base ? eventToFormValues(base) : defaultFormValues(defaultTimeZone, defaultCurrency),
  });
  const { errors, isSubmitting } = form.formState;
  const timeZone = form.watch('timeZone');

  const statusOptions = useMemo(() => {
    const allowed: readonly EventStatus[] = base ? [base.status, ...EVENT_TRANSITIONS[base.status]] : EVENT_STATUSES;
    return EVENT_STATUSES.filter((s) => allowed.includes(s)).map((s) => ({ value: s, label: t(`eventStatuses.${s}`) }));
  }, [base, t]);

  const timeZoneOptions = useMemo(() => {
    const zones: string[] = [...TIME_ZONES];
    if (timeZone && !zones.includes(timeZone)) zones.unshift(timeZone);
    return zones.map((tz) => ({
      value: tz,
      label: `${isKnownTimeZone(tz) ? t(`timeZones.${tz}`) : tz} · ${timeZoneOffsetLabel(tz)}`,
    }));
  }, [t, timeZone]);

  const currencyOptions = useMemo(
    () => CURRENCY_CODES.map((c) => ({ value: c, label: `${c} — ${currencyName(c, i18n.language)}` })),
    [i18n.language],
  );

  const reloadFromServer = () => {
    if (!conflict) return;
    queryClient.setQueryData(eventKeys.detail(orgId, conflict.id), conflict);
    setBase(conflict);
    form.reset(eventToFormValues(conflict));
    setConflict(null);
    setFormError(null);
  };

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      if (base) {
        const saved = await update.mutateAsync({ version: base.version, body: input });
        toast.success(t('events.form.updated'));
        onSaved?.(saved);
      } else {
        const saved = await create.mutateAsync(input);
        toast.success(t('events.form.created', { name: saved.name }));
        onSaved?.(saved);
      }
      onOpenChange(false);
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        const current = eventSchema.safeParse(error.current);
        if (current.success) {
          setConflict(current.data);
          return;
        }
        void queryClient.invalidateQueries({ queryKey: eventKeys.all(orgId) });
      }
      const message = applyApiErrorToForm(error, form.setError, FORM_FIELDS, t, i18n.language, { invalid_transition: 'status' });
      // startAt/endAt pointers land on start/end.
      if (isApiError(error)) {
        for (const [path, fieldError] of Object.entries(error.fieldErrorsAt('/body'))) {
          const field = API_TO_FORM[path];
          if (field) form.setError(field, { type: 'server', message: fieldError.message });
        }
      }
      setFormError(message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="event-form">
      {conflict ? (
        <Alert
          tone="warning"
          title={t('events.conflict.title')}
          action={
            <Button size="sm" variant="secondary" onClick={reloadFromServer}>
              {t('common.reload')}
            </Button>
          }
        >
          {t('events.conflict.body')}
        </Alert>
      ) : null}

      <Field label={t('events.form.name')} error={errors.name?.message}>
        <Input autoFocus placeholder={t('events.form.namePlaceholder')} {...form.register('name')} />
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('events.form.kind')} error={errors.kind?.message}>
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                onBlur={field.onBlur}
                options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))}
              />
            )}
          />
        </Field>
        <Field label={t('events.form.status')} error={errors.status?.message} hint={base ? t('events.form.statusHint') : undefined}>
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} onBlur={field.onBlur} options={statusOptions} />
            )}
          />
        </Field>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('events.form.startAt')} error={errors.start?.message}>
          <Controller control={form.control} name="start" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} />} />
        </Field>
        <Field label={t('events.form.endAt')} error={errors.end?.message}>
          <Controller control={form.control} name="end" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} />} />
        </Field>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('events.form.timeZone')} error={errors.timeZone?.message}>
          <Controller
            control={form.control}
            name="timeZone"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} onBlur={field.onBlur} options={timeZoneOptions} />
            )}
          />
        </Field>
        <Field label={t('events.form.currency')} error={errors.currency?.message}>
          <Controller
            control={form.control}
            name="currency"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} onBlur={field.onBlur} options={currencyOptions} />
            )}
          />
        </Field>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('events.form.venue')} error={errors.venue?.message} optional={t('common.optional')}>
          <Input {...form.register('venue')} />
        </Field>
        <Field label={t('events.form.client')} error={errors.client?.message} optional={t('common.optional')}>
          <Input {...form.register('client')} />
        </Field>
        <Field label={t('permits.scale.label')} error={errors.scale?.message} hint={t('permits.scale.hint')}>
          <Controller
            control={form.control}
            name="scale"
            render={({ field }) => (
              <Select
                value={field.value || NO_SCALE}
                onValueChange={(v) => field.onChange(v === NO_SCALE ? '' : v)}
                options={[{ value: NO_SCALE, label: t('permits.scale.unset') }, ...EVENT_SCALES.map((s) => ({ value: s, label: t(`permits.scale.${s}`) }))]}
                data-testid="event-scale"
              />
            )}
          />
        </Field>
        <Field label={t('permits.scale.attendance')} error={errors.expectedAttendance?.message} optional={t('common.optional')}>
          <Input inputMode="numeric" {...form.register('expectedAttendance')} />
        </Field>
      </div>

      <Field label={t('events.form.notes')} error={errors.notes?.message} optional={t('common.optional')}>
        <Textarea rows={3} {...form.register('notes')} />
      </Field>

      {formError ? <Alert>{formError}</Alert> : null}

      <DialogFooter>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting} disabled={Boolean(conflict)}>
          {base ? t('events.form.submitEdit') : t('events.form.submitCreate')}
        </Button>
      </DialogFooter>
    </form>
  );
}

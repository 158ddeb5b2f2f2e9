import { EVENT_PLACE_ROLES, fromZonedLocal, toZonedLocal, type EventPlace, type EventPlaceRole, type HoldOverlap, type HoldStatus } from '@rundown/domain';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { DateTimeInput } from '../../../components/ui/date-time-input';
import { Input, Textarea } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { isApiError } from '../../../lib/api-client';
import { applyApiErrorToForm } from '../../../lib/errors';
import { formatList } from '../../../lib/format';
import { useLocation } from '../api/get-location';
import { useLocations } from '../api/list-locations';
import { useCreateEventPlace, useUpdateEventPlace, type CreateEventPlaceBody } from '../api/save-event-place';
import { zoneLabel } from '../utils/location-format';

type Values = {
  locationId: string;
  spaceId: string;
  role: EventPlaceRole;
  start: string;
  end: string;
  loadInStart: string;
  loadInEnd: string;
  loadOutStart: string;
  loadOutEnd: string;
  holdStatus: HoldStatus;
  notes: string;
};

const WHOLE = '__whole';

export type HoldFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  eventId: string;
  /** The event's zone: every time in the form is wall-clock time there. */
  timeZone: string;
  /** The event's own window, the default for a new hold. */
  eventStartAt: string;
  eventEndAt: string;
  place?: EventPlace;
};

export function HoldFormDialog(props: HoldFormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent
        size="lg"
        title={props.place ? t('places.form.editTitle', { name: props.place.locationName }) : t('places.form.createTitle')}
        description={t('places.form.description', { zone: zoneLabel(props.timeZone) })}
      >
        {props.open ? <HoldForm key={props.place?.id ?? 'new'} {...props} /> : null}
      </DialogContent>
    </Dialog>
  );
}

/** Names of the events a 409 names, in the current language's list style. */
export function eventNames(overlaps: readonly Pick<HoldOverlap, 'eventName'>[], language: string): string {
  const names = [...new Set(overlaps.map((o) => `“${o.eventName}”`))];
  return formatList(names, language);
}

function HoldForm({ orgId, eventId, timeZone, eventStartAt, eventEndAt, place, onOpenChange }: HoldFormDialogProps) {
  const { t, i18n } = useTranslation();
  const local = (iso: string | undefined | null) => (iso ? toZonedLocal(iso, timeZone) : '');
  const form = useForm<Values>({
    defaultValues: {
      locationId: place?.locationId ?? '',
      spaceId: place?.spaceId ?? WHOLE,
      role: place?.role ?? 'main_venue',
      start: local(place?.startAt ?? eventStartAt),
      end: local(place?.endAt ?? eventEndAt),
      loadInStart: local(place?.loadIn?.startAt),
      loadInEnd: local(place?.loadIn?.endAt),
      loadOutStart: local(place?.loadOut?.startAt),
      loadOutEnd: local(place?.loadOut?.endAt),
      holdStatus: place?.holdStatus ?? 'tentative',
      notes: place?.notes ?? '',
    },
  });
  const [search, setSearch] = useState('');
  const [q, setQ] = useState<string | undefined>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim() || undefined), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const filters = useMemo(() => ({ q }), [q]);
  const locations = useLocations(orgId, filters);
  const options = useMemo(() => locations.data?.pages.flatMap((p) => p.items) ?? [], [locations.data]);
  const locationId = form.watch('locationId');
  const chosen = useLocation(orgId, locationId);
  const create = useCreateEventPlace(orgId, eventId);
  const update = useUpdateEventPlace(orgId, eventId);
  const [formError, setFormError] = useState<string | null>(null);
  const [queue, setQueue] = useState<{ body: CreateEventPlaceBody; ahead: HoldOverlap[] } | null>(null);
  const { errors, isSubmitting } = form.formState;

  const windowOf = (startLocal: string, endLocal: string, field: 'loadInEnd' | 'loadOutEnd') => {
    if (!startLocal && !endLocal) return null;
    const startAt = fromZonedLocal(startLocal, timeZone);
    const endAt = fromZonedLocal(endLocal, timeZone);
    if (!startAt || !endAt) {
      form.setError(field, { message: t('places.form.windowIncomplete') });
      return undefined;
    }
    return { startAt, endAt };
  };

  const send = async (body: CreateEventPlaceBody) => {
    setFormError(null);
    try {
      if (place) {
        const { locationId: _ignored, ...changes } = body;
        await update.mutateAsync({ placeId: place.id, version: place.version, body: changes });
        toast.success(t('places.saved'));
      } else {
        const created = await create.mutateAsync(body);
        toast.success(t('places.created', { name: created.locationName }));
      }
      setQueue(null);
      onOpenChange(false);
    } catch (error) {
      if (isApiError(error) && error.code === 'hold_queue') {
        setQueue({ body, ahead: (error.current as HoldOverlap[] | undefined) ?? [] });
        return;
      }
      setQueue(null);
      if (isApiError(error) && error.code === 'double_booking') {
        setFormError(t('places.doubleBooking', { events: eventNames((error.current as HoldOverlap[] | undefined) ?? [], i18n.language) }));
        return;
      }
      setFormError(
        applyApiErrorToForm(error, form.setError, ['locationId', 'spaceId', 'role', 'notes'], t, i18n.language),
      );
      const fields = isApiError(error) ? error.fieldErrorsAt('/body') : {};
      if (fields.loadIn) form.setError('loadInEnd', { message: fields.loadIn.message });
      if (fields.loadOut) form.setError('loadOutEnd', { message: fields.loadOut.message });
      if (fields.endAt) form.setError('end', { message: fields.endAt.message });
    }
  };

  const onSubmit = form.handleSubmit(async (values) => {
    if (!values.locationId) {
      form.setError('locationId', { message: t('validation.required') });
      return;
    }
    const startAt = fromZonedLocal(values.start, timeZone);
    const endAt = fromZonedLocal(values.end, timeZone);
    if (!startAt) return form.setError('start', { message: t('validation.required') });
    if (!endAt) return form.setError('end', { message: t('validation.required') });
    const loadIn = windowOf(values.loadInStart, values.loadInEnd, 'loadInEnd');
    const loadOut = windowOf(values.loadOutStart, values.loadOutEnd, 'loadOutEnd');
    if (loadIn === undefined || loadOut === undefined) return;
    await send({
      locationId: values.locationId,
      spaceId: values.spaceId === WHOLE ? null : values.spaceId,
      role: values.role,
      startAt,
      endAt,
      loadIn,
      loadOut,
      holdStatus: values.holdStatus,
      notes: values.notes.trim() || null,
    });
  });

  const spaces = chosen.data?.spaces ?? [];
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="hold-form">
      {formError ? <Alert>{formError}</Alert> : null}
      {!place ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t('places.form.search')}>
            <Input value={search} onChange={(e) => setSearch(e.target.value)} data-testid="hold-place-search" />
          </Field>
          <Field label={t('places.form.place')} error={errors.locationId?.message} hint={options.length === 0 && !locations.isPending ? t('places.form.noPlaces') : undefined}>
            <Controller
              control={form.control}
              name="locationId"
              render={({ field }) => (
                <Select
                  value={field.value || undefined}
                  placeholder={t('places.form.choosePlace')}
                  onValueChange={(v) => {
                    field.onChange(v);
                    form.setValue('spaceId', WHOLE);
                  }}
                  options={options.map((l) => ({ value: l.id, label: l.city ? `${l.name} · ${l.city}` : l.name }))}
                  data-testid="hold-place"
                />
              )}
            />
          </Field>
        </div>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('places.form.space')} error={errors.spaceId?.message}>
          <Controller
            control={form.control}
            name="spaceId"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                options={[{ value: WHOLE, label: t('places.wholePlace') }, ...spaces.map((s) => ({ value: s.id, label: s.name }))]}
                data-testid="hold-space"
              />
            )}
          />
        </Field>
        <Field label={t('places.form.role')}>
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => <Select value={field.value} onValueChange={field.onChange} options={EVENT_PLACE_ROLES.map((r) => ({ value: r, label: t(`placeRoles.${r}`) }))} />}
          />
        </Field>
        <Field label={t('places.form.status')}>
          <Controller
            control={form.control}
            name="holdStatus"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                options={(['tentative', 'confirmed', 'released'] as const).map((s) => ({ value: s, label: t(`holdStatuses.${s}`) }))}
                data-testid="hold-status"
              />
            )}
          />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('places.form.start')} error={errors.start?.message}>
          <Controller control={form.control} name="start" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} data-testid="hold-start" />} />
        </Field>
        <Field label={t('places.form.end')} error={errors.end?.message}>
          <Controller control={form.control} name="end" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} data-testid="hold-end" />} />
        </Field>
        <Field label={t('places.form.loadInStart')} optional={t('places.form.optional')}>
          <Controller control={form.control} name="loadInStart" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} data-testid="load-in-start" />} />
        </Field>
        <Field label={t('places.form.loadInEnd')} error={errors.loadInEnd?.message} optional={t('places.form.optional')}>
          <Controller control={form.control} name="loadInEnd" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} data-testid="load-in-end" />} />
        </Field>
        <Field label={t('places.form.loadOutStart')} optional={t('places.form.optional')}>
          <Controller control={form.control} name="loadOutStart" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} />} />
        </Field>
        <Field label={t('places.form.loadOutEnd')} error={errors.loadOutEnd?.message} optional={t('places.form.optional')}>
          <Controller control={form.control} name="loadOutEnd" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} />} />
        </Field>
      </div>
      <Field label={t('places.form.notes')} optional={t('places.form.optional')}>
        <Textarea rows={2} {...form.register('notes')} />
      </Field>
      <DialogFooter>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting} data-testid="save-hold">
          {t('places.form.save')}
        </Button>
      </DialogFooter>
      <ConfirmDialog
        open={queue !== null}
        onOpenChange={(open) => {
          if (!open) setQueue(null);
        }}
        title={t('places.jumpTitle')}
        description={t('places.jumpBody', { events: eventNames(queue?.ahead ?? [], i18n.language) })}
        confirmLabel={t('places.jumpConfirm')}
        tone="primary"
        pending={create.isPending || update.isPending}
        onConfirm={() => queue && void send({ ...queue.body, jumpQueue: true })}
      />
    </form>
  );
}

import { defaultLocationZone, LOCATION_KINDS, PROVINCES, type Location, type Province } from '@rundown/domain';
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input, Textarea } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useCreateLocation, type CreateLocationBody } from '../api/create-location';
import { useUpdateLocation } from '../api/update-location';
import { provinceNames } from '../locales/provinces';
import { zoneLabel } from '../utils/location-format';
import { LOCATION_TIME_ZONES } from '../utils/location-zones';

type Contact = { name: string; role: string; phone: string; email: string };
type SpaceValue = { name: string; capacity: string };
type Values = {
  name: string;
  kind: Location['kind'];
  address: string;
  city: string;
  province: Province | '';
  postalCode: string;
  latitude: string;
  longitude: string;
  timeZone: string;
  capacity: string;
  spaces: SpaceValue[];
  parkingNotes: string;
  accessNotes: string;
  loadingDockNotes: string;
  powerNotes: string;
  notes: string;
  hospitalName: string;
  hospitalAddress: string;
  hospitalPhone: string;
  hospitalUrl: string;
  contacts: Contact[];
};

const NONE = '__none';
const emptyContact: Contact = { name: '', role: '', phone: '', email: '' };

function valuesOf(location?: Location): Values {
  return {
    name: location?.name ?? '',
    kind: location?.kind ?? 'venue',
    address: location?.address ?? '',
    city: location?.city ?? '',
    province: location?.province ?? 'dki_jakarta',
    postalCode: location?.postalCode ?? '',
    latitude: location?.latitude?.toString() ?? '',
    longitude: location?.longitude?.toString() ?? '',
    timeZone: location?.timeZone ?? 'Asia/Jakarta',
    capacity: location?.capacity?.toString() ?? '',
    spaces: location ? [] : [{ name: '', capacity: '' }],
    parkingNotes: location?.parkingNotes ?? '',
    accessNotes: location?.accessNotes ?? '',
    loadingDockNotes: location?.loadingDockNotes ?? '',
    powerNotes: location?.powerNotes ?? '',
    notes: location?.notes ?? '',
    hospitalName: location?.hospital?.name ?? '',
    hospitalAddress: location?.hospital?.address ?? '',
    hospitalPhone: location?.hospital?.phone ?? '',
    hospitalUrl: location?.hospital?.url ?? '',
    contacts: location?.contacts.length
      ? location.contacts.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' }))
      : [{ ...emptyContact }],
  };
}

/** Integer or null from a text field; NaN when it is not a whole number. */
const toInt = (v: string) => (v.trim() === '' ? null : /^\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN);
const toCoordinate = (v: string) => (v.trim() === '' ? null : Number(v.trim().replace(',', '.')));

export type LocationFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  location?: Location;
  onSaved?: (location: Location) => void;
};

export function LocationFormDialog(props: LocationFormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent
        size="lg"
        title={props.location ? t('locations.form.editTitle', { name: props.location.name }) : t('locations.form.createTitle')}
        description={t('locations.form.description')}
      >
        {props.open ? <LocationForm key={props.location?.id ?? 'new'} {...props} /> : null}
      </DialogContent>
    </Dialog>
  );
}

const FIELDS = [
  'name', 'kind', 'address', 'city', 'province', 'postalCode', 'latitude', 'longitude', 'timeZone', 'capacity', 'parkingNotes', 'accessNotes',
  'loadingDockNotes', 'powerNotes', 'notes', 'contacts', 'spaces',
] as const;

function LocationForm({ orgId, location, onOpenChange, onSaved }: LocationFormDialogProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateLocation(orgId);
  const update = useUpdateLocation(orgId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: valuesOf(location) });
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const spaces = useFieldArray({ control: form.control, name: 'spaces' });
  const { errors, isSubmitting } = form.formState;
  const required = (v: string) => (v.trim() ? true : t('validation.required'));

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const capacity = toInt(values.capacity);
    if (Number.isNaN(capacity)) {
      form.setError('capacity', { message: t('validation.required') });
      return;
    }
    const optional = (v: string) => v.trim() || null;
    const body = {
      name: values.name.trim(),
      kind: values.kind,
      address: values.address.trim(),
      city: optional(values.city),
      province: values.province || null,
      postalCode: optional(values.postalCode),
      latitude: toCoordinate(values.latitude),
      longitude: toCoordinate(values.longitude),
      timeZone: values.timeZone,
      capacity,
      parkingNotes: optional(values.parkingNotes),
      accessNotes: optional(values.accessNotes),
      loadingDockNotes: optional(values.loadingDockNotes),
      powerNotes: optional(values.powerNotes),
      notes: optional(values.notes),
      hospital: values.hospitalName.trim()
        ? { name: values.hospitalName.trim(), address: optional(values.hospitalAddress), phone: optional(values.hospitalPhone), url: optional(values.hospitalUrl) }
        : null,
      contacts: values.contacts
        .filter((c) => c.name.trim())
        .map((c) => ({ name: c.name.trim(), role: c.role.trim() || undefined, phone: c.phone.trim() || undefined, email: c.email.trim() || undefined })),
    } satisfies CreateLocationBody;
    try {
      if (location) {
        const saved = await update.mutateAsync({ locationId: location.id, version: location.version, body });
        toast.success(t('locations.saved'));
        onOpenChange(false);
        onSaved?.(saved);
      } else {
        const newSpaces = values.spaces
          .filter((s) => s.name.trim())
          .map((s) => ({ name: s.name.trim(), capacity: Number.isNaN(toInt(s.capacity)) ? null : toInt(s.capacity) }));
        const created = await create.mutateAsync({ ...body, spaces: newSpaces });
        onOpenChange(false);
        onSaved?.(created);
      }
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, [...FIELDS], t, i18n.language));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="location-form">
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('locations.form.name')} error={errors.name?.message}>
          <Input autoFocus {...form.register('name', { validate: required })} />
        </Field>
        <Field label={t('locations.form.kind')}>
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} options={LOCATION_KINDS.map((k) => ({ value: k, label: t(`locationKinds.${k}`) }))} />
            )}
          />
        </Field>
        <Field label={t('locations.form.address')} error={errors.address?.message} className="sm:col-span-2">
          <Input {...form.register('address', { validate: required })} />
        </Field>
        <Field label={t('locations.form.city')} error={errors.city?.message} optional={t('locations.form.optional')}>
          <Input {...form.register('city')} />
        </Field>
        <Field label={t('locations.form.province')} error={errors.province?.message}>
          <Controller
            control={form.control}
            name="province"
            render={({ field }) => (
              <Select
                value={field.value || NONE}
                onValueChange={(v) => {
                  const province = v === NONE ? '' : (v as Province);
                  field.onChange(province);
                  // The zone follows the province until someone sets it by hand.
                  if (!form.getFieldState('timeZone').isDirty) form.setValue('timeZone', defaultLocationZone(province || null));
                }}
                options={[{ value: NONE, label: t('locations.form.noProvince') }, ...PROVINCES.map((p) => ({ value: p, label: provinceNames[p] }))]}
                data-testid="location-province"
              />
            )}
          />
        </Field>
        <Field label={t('locations.form.postalCode')} error={errors.postalCode?.message} optional={t('locations.form.optional')}>
          <Input inputMode="numeric" maxLength={5} {...form.register('postalCode')} />
        </Field>
        <Field label={t('locations.form.timeZone')} error={errors.timeZone?.message}>
          <Controller
            control={form.control}
            name="timeZone"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={(v) => form.setValue('timeZone', v, { shouldDirty: true })}
                options={LOCATION_TIME_ZONES.map((z) => ({ value: z, label: zoneLabel(z) }))}
                data-testid="location-zone"
              />
            )}
          />
        </Field>
        <Field label={t('locations.form.latitude')} error={errors.latitude?.message} hint={t('locations.form.coordinatesHint')} optional={t('locations.form.optional')}>
          <Input inputMode="decimal" placeholder="-6.2185" {...form.register('latitude')} />
        </Field>
        <Field label={t('locations.form.longitude')} error={errors.longitude?.message} optional={t('locations.form.optional')}>
          <Input inputMode="decimal" placeholder="106.8017" {...form.register('longitude')} />
        </Field>
        <Field label={t('locations.form.capacity')} error={errors.capacity?.message} optional={t('locations.form.optional')}>
          <Input inputMode="numeric" {...form.register('capacity')} />
        </Field>
      </div>

      {!location ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-[13px] font-medium">{t('locations.form.spaces')}</legend>
          {spaces.fields.map((field, index) => (
            <div key={field.id} className="grid grid-cols-[1fr_7rem_auto] items-end gap-2">
              <Field label={t('locations.form.spaceName')}>
                <Input {...form.register(`spaces.${index}.name`)} data-testid={`space-name-${index}`} />
              </Field>
              <Field label={t('locations.form.spaceCapacity')}>
                <Input inputMode="numeric" {...form.register(`spaces.${index}.capacity`)} />
              </Field>
              <Button variant="ghost" size="icon" aria-label={t('locations.form.removeSpace', { n: index + 1 })} onClick={() => spaces.remove(index)}>
                <X aria-hidden />
              </Button>
            </div>
          ))}
          <Button variant="secondary" size="sm" className="w-fit" onClick={() => spaces.append({ name: '', capacity: '' })} disabled={spaces.fields.length >= 100}>
            <Plus aria-hidden />
            {t('locations.form.addSpace')}
          </Button>
        </fieldset>
      ) : null}

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1.5 text-[13px] font-medium">{t('locations.form.notesTitle')}</legend>
        <Field label={t('locations.form.loadingDockNotes')} optional={t('locations.form.optional')}>
          <Textarea rows={2} {...form.register('loadingDockNotes')} />
        </Field>
        <Field label={t('locations.form.parkingNotes')} optional={t('locations.form.optional')}>
          <Textarea rows={2} {...form.register('parkingNotes')} />
        </Field>
        <Field label={t('locations.form.accessNotes')} optional={t('locations.form.optional')}>
          <Textarea rows={2} {...form.register('accessNotes')} />
        </Field>
        <Field label={t('locations.form.powerNotes')} optional={t('locations.form.optional')}>
          <Textarea rows={2} {...form.register('powerNotes')} />
        </Field>
        <Field label={t('locations.form.notes')} optional={t('locations.form.optional')} className="sm:col-span-2">
          <Textarea rows={2} {...form.register('notes')} />
        </Field>
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1.5 text-[13px] font-medium">{t('locations.form.hospital')}</legend>
        <Field label={t('locations.form.hospitalName')} optional={t('locations.form.optional')}>
          <Input {...form.register('hospitalName')} />
        </Field>
        <Field label={t('locations.form.hospitalPhone')} optional={t('locations.form.optional')}>
          <Input type="tel" {...form.register('hospitalPhone')} />
        </Field>
        <Field label={t('locations.form.hospitalAddress')} optional={t('locations.form.optional')}>
          <Input {...form.register('hospitalAddress')} />
        </Field>
        <Field label={t('locations.form.hospitalUrl')} optional={t('locations.form.optional')}>
          <Input type="url" placeholder="https://" {...form.register('hospitalUrl')} />
        </Field>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1.5 text-[13px] font-medium">{t('locations.form.contacts')}</legend>
        {contacts.fields.map((field, index) => (
          <div key={field.id} className="grid items-end gap-2 rounded-lg border border-border p-2.5 sm:grid-cols-[1fr_1fr_1fr_1fr_auto]">
            <Field label={t('locations.form.contactName')}>
              <Input {...form.register(`contacts.${index}.name`)} />
            </Field>
            <Field label={t('locations.form.contactRole')}>
              <Input {...form.register(`contacts.${index}.role`)} />
            </Field>
            <Field label={t('locations.form.contactPhone')}>
              <Input type="tel" {...form.register(`contacts.${index}.phone`)} />
            </Field>
            <Field label={t('locations.form.contactEmail')}>
              <Input type="email" {...form.register(`contacts.${index}.email`)} />
            </Field>
            <Button variant="ghost" size="icon" aria-label={t('locations.form.removeContact', { n: index + 1 })} onClick={() => contacts.remove(index)}>
              <X aria-hidden />
            </Button>
          </div>
        ))}
        <Button variant="secondary" size="sm" className="w-fit" onClick={() => contacts.append({ ...emptyContact })} disabled={contacts.fields.length >= 20}>
          <Plus aria-hidden />
          {t('locations.form.addContact')}
        </Button>
      </fieldset>

      <DialogFooter>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting} data-testid="save-location">
          {location ? t('common.save') : t('locations.form.create')}
        </Button>
      </DialogFooter>
    </form>
  );
}

import { npwpSchema, VENDOR_CATEGORIES, type Vendor } from '@rundown/domain';
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
import { useCreateVendor } from '../api/create-vendor';
import { useUpdateVendor } from '../api/update-vendor';
import { formatNpwp } from '../utils/vendors-search';

type Contact = { name: string; role: string; phone: string; email: string };
type Values = { name: string; category: Vendor['category']; taxId: string; notes: string; contacts: Contact[] };

const emptyContact: Contact = { name: '', role: '', phone: '', email: '' };

function valuesOf(vendor?: Vendor): Values {
  if (!vendor) return { name: '', category: 'av_rental', taxId: '', notes: '', contacts: [{ ...emptyContact }] };
  return {
    name: vendor.name,
    category: vendor.category,
    taxId: formatNpwp(vendor.taxId),
    notes: vendor.notes ?? '',
    contacts: vendor.contacts.length > 0 ? vendor.contacts.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' })) : [{ ...emptyContact }],
  };
}

export type VendorFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  vendor?: Vendor;
  onCreated?: (vendor: Vendor) => void;
};

export function VendorFormDialog(props: VendorFormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent
        size="lg"
        title={props.vendor ? t('vendors.form.editTitle', { name: props.vendor.name }) : t('vendors.form.createTitle')}
        description={t('vendors.form.description')}
      >
        {props.open ? <VendorForm key={props.vendor?.id ?? 'new'} {...props} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function VendorForm({ orgId, vendor, onOpenChange, onCreated }: VendorFormDialogProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateVendor(orgId);
  const update = useUpdateVendor(orgId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: valuesOf(vendor) });
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const taxId = values.taxId.trim();
    if (taxId && !npwpSchema.safeParse(taxId).success) {
      form.setError('taxId', { message: t('vendors.form.taxIdHint') });
      return;
    }
    const body = {
      name: values.name.trim(),
      category: values.category,
      taxId: taxId || null,
      notes: values.notes.trim() || null,
      contacts: values.contacts
        .filter((c) => c.name.trim())
        .map((c) => ({
          name: c.name.trim(),
          role: c.role.trim() || undefined,
          phone: c.phone.trim() || undefined,
          email: c.email.trim() || undefined,
        })),
    };
    try {
      if (vendor) {
        await update.mutateAsync({ vendorId: vendor.id, version: vendor.version, body });
        toast.success(t('vendors.saved'));
        onOpenChange(false);
      } else {
        const created = await create.mutateAsync(body);
        onOpenChange(false);
        if (onCreated) onCreated(created);
        else toast.success(t('vendors.created', { name: created.name }));
      }
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['name', 'category', 'taxId', 'notes', 'contacts'], t, i18n.language));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="vendor-form">
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('vendors.form.name')} error={errors.name?.message}>
          <Input autoFocus {...form.register('name', { validate: (v) => (v.trim() ? true : t('validation.required')) })} />
        </Field>
        <Field label={t('vendors.form.category')}>
          <Controller
            control={form.control}
            name="category"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} options={VENDOR_CATEGORIES.map((c) => ({ value: c, label: t(`vendorCategories.${c}`) }))} />
            )}
          />
        </Field>
        <Field label={t('vendors.form.taxId')} error={errors.taxId?.message} hint={t('vendors.form.taxIdHint')} optional={t('vendors.form.optional')}>
          <Input {...form.register('taxId')} inputMode="numeric" className="font-mono" placeholder="01.234.567.8-901.000" />
        </Field>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1.5 text-[13px] font-medium">{t('vendors.form.contacts')}</legend>
        {contacts.fields.map((field, index) => (
          <div key={field.id} className="grid items-end gap-2 rounded-lg border border-border p-2.5 sm:grid-cols-[1fr_1fr_1fr_1fr_auto]">
            <Field label={t('vendors.form.contactName')}>
              <Input {...form.register(`contacts.${index}.name`)} />
            </Field>
            <Field label={t('vendors.form.contactRole')}>
              <Input {...form.register(`contacts.${index}.role`)} />
            </Field>
            <Field label={t('vendors.form.contactPhone')}>
              <Input type="tel" {...form.register(`contacts.${index}.phone`)} />
            </Field>
            <Field label={t('vendors.form.contactEmail')}>
              <Input type="email" {...form.register(`contacts.${index}.email`)} />
            </Field>
            <Button variant="ghost" size="icon" aria-label={t('vendors.form.removeContact', { n: index + 1 })} onClick={() => contacts.remove(index)}>
              <X aria-hidden />
            </Button>
          </div>
        ))}
        <Button variant="secondary" size="sm" className="w-fit" onClick={() => contacts.append({ ...emptyContact })} disabled={contacts.fields.length >= 20}>
          <Plus aria-hidden />
          {t('vendors.form.addContact')}
        </Button>
      </fieldset>
      <Field label={t('vendors.form.notes')} optional={t('vendors.form.optional')}>
        <Textarea rows={2} {...form.register('notes')} />
      </Field>
      <DialogFooter>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting} data-testid="save-vendor">
          {vendor ? t('common.save') : t('vendors.form.create')}
        </Button>
      </DialogFooter>
    </form>
  );
}

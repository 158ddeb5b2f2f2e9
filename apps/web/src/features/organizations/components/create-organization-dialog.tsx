import { zodResolver } from '@hookform/resolvers/zod';
import { createOrganizationSchema, type Organization } from '@rundown/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogContent } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useCreateOrganization } from '../api/create-organization';

export function CreateOrganizationForm({ onCreated, onCancel }: { onCreated: (o: Organization) => void; onCancel?: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateOrganization();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(createOrganizationSchema), defaultValues: { name: '' } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async ({ name }) => {
    setFormError(null);
    try {
      const organization = await create.mutateAsync(name);
      toast.success(t('organizations.create.created', { name: organization.name }));
      onCreated(organization);
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['name'], t, i18n.language));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t('organizations.create.title')}>
      <Field label={t('organizations.create.name')} error={errors.name?.message}>
        <Input autoFocus autoComplete="organization" {...form.register('name')} />
      </Field>
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="flex justify-end gap-2">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button type="submit" loading={isSubmitting}>
          {t('organizations.create.submit')}
        </Button>
      </div>
    </form>
  );
}

export function CreateOrganizationDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (open: boolean) => void; onCreated: (o: Organization) => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="sm" title={t('organizations.create.title')} description={t('organizations.create.description')}>
        {open ? (
          <CreateOrganizationForm
            onCreated={(o) => {
              onOpenChange(false);
              onCreated(o);
            }}
            onCancel={() => onOpenChange(false)}
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

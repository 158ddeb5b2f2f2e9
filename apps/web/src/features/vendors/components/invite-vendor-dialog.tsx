import type { CreatedInvitation, Vendor } from '@rundown/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyField } from '../../../components/ui/copy-field';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useInviteVendorUser } from '../api/invite-vendor-user';

/** Invite a person of a vendor by link: they get a vendor-portal login (role vendor). */
export function InviteVendorDialog({ orgId, vendor, onClose }: { orgId: string; vendor: Vendor | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={vendor !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={t('vendors.inviteDialog.title', { name: vendor?.name ?? '' })} description={t('vendors.inviteDialog.body', { name: vendor?.name ?? '' })}>
        {vendor ? <InviteForm key={vendor.id} orgId={orgId} vendor={vendor} onClose={onClose} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function InviteForm({ orgId, vendor, onClose }: { orgId: string; vendor: Vendor; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const invite = useInviteVendorUser(orgId, vendor.id);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ email: string; days: string }>({ defaultValues: { email: '', days: '7' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email, days }) => {
    setFormError(null);
    try {
      const expiresInDays = Math.min(30, Math.max(1, Number.parseInt(days, 10) || 7));
      setCreated(await invite.mutateAsync({ email: email.trim(), expiresInDays }));
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['email'], t, i18n.language, { conflict: 'email' }));
    }
  });

  if (created) {
    const days = Math.max(1, Math.round((Date.parse(created.expiresAt) - Date.now()) / 86_400_000));
    return (
      <div className="flex flex-col gap-3">
        <CopyField value={created.url} label={t('vendors.inviteDialog.link')} testId="vendor-invitation-link" />
        <p className="text-[12.5px] text-muted-foreground">{t('vendors.inviteDialog.linkHint', { email: created.email, days })}</p>
        <DialogFooter>
          <Button
            variant="secondary"
            onClick={() => {
              setCreated(null);
              form.reset({ email: '', days: '7' });
            }}
          >
            {t('vendors.inviteDialog.another')}
          </Button>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </DialogFooter>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="vendor-invite-form">
      {formError ? <Alert>{formError}</Alert> : null}
      <Field label={t('vendors.inviteDialog.email')} error={errors.email?.message}>
        <Input type="email" autoFocus {...form.register('email', { validate: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? true : t('validation.email')) })} />
      </Field>
      <Field label={t('vendors.inviteDialog.expires')}>
        <Input type="number" min={1} max={30} className="w-24" {...form.register('days')} />
      </Field>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {t('vendors.inviteDialog.create')}
        </Button>
      </DialogFooter>
    </form>
  );
}

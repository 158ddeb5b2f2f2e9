import { zodResolver } from '@hookform/resolvers/zod';
import { createInvitationSchema, type CreatedInvitation, type Role } from '@rundown/domain';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyField } from '../../../components/ui/copy-field';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { applyApiErrorToForm } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useCreateInvitation } from '../api/create-invitation';

export type InviteMemberDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  roles: Role[];
  timeZone: string;
};

/** The invitation URL as an absolute link, whether the API returns a path or a full URL. */
export function invitationLink(invitation: Pick<CreatedInvitation, 'url' | 'token'>): string {
  const raw = invitation.url || `/invite/${invitation.token}`;
  try {
    return new URL(raw, window.location.origin).toString();
  } catch {
    return raw;
  }
}

export function InviteMemberDialog({ open, onOpenChange, orgId, roles, timeZone }: InviteMemberDialogProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) setCreated(null);
  };
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent
        title={created ? t('members.invite.linkTitle') : t('members.invite.title')}
        description={created ? undefined : t('members.invite.description')}
      >
        {created ? (
          <CreatedInvitationView invitation={created} timeZone={timeZone} onDone={() => close(false)} />
        ) : open ? (
          <InviteForm orgId={orgId} roles={roles} onCreated={setCreated} onCancel={() => close(false)} />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function InviteForm({ orgId, roles, onCreated, onCancel }: { orgId: string; roles: Role[]; onCreated: (i: CreatedInvitation) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateInvitation(orgId);
  const [formError, setFormError] = useState<string | null>(null);
  const defaultRole: Role = roles.includes('crew') ? 'crew' : (roles[roles.length - 1] ?? 'crew');
  const form = useForm({
    resolver: zodResolver(createInvitationSchema),
    defaultValues: { email: '', role: defaultRole, expiresInDays: 7 },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onCreated(await create.mutateAsync(values));
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['email', 'role'], t, i18n.language, { already_member: 'email' }));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="invite-form">
      <Field label={t('members.invite.email')} error={errors.email?.message}>
        <Input type="email" autoComplete="off" autoFocus {...form.register('email')} />
      </Field>
      <Field label={t('members.invite.role')} error={errors.role?.message}>
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Select<Role>
              value={field.value}
              onValueChange={field.onChange}
              onBlur={field.onBlur}
              options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            />
          )}
        />
      </Field>
      {formError ? <Alert>{formError}</Alert> : null}
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {t('members.invite.submit')}
        </Button>
      </DialogFooter>
    </form>
  );
}

function CreatedInvitationView({ invitation, timeZone, onDone }: { invitation: CreatedInvitation; timeZone: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="flex flex-col gap-4">
      <p className="text-[13px] text-muted-foreground">
        {t('members.invite.linkBody', { email: invitation.email, date: formatDateTime(invitation.expiresAt, timeZone, i18n.language) })}
      </p>
      <CopyField value={invitationLink(invitation)} label={t('members.invite.linkLabel')} testId="invitation-link" />
      <DialogFooter>
        <Button onClick={onDone} autoFocus>
          {t('members.invite.done')}
        </Button>
      </DialogFooter>
    </div>
  );
}

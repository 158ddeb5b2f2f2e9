import { zodResolver } from '@hookform/resolvers/zod';
import { changePasswordSchema, type Me } from '@rundown/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { Field } from '../../../components/ui/field';
import { PasswordInput } from '../../../components/ui/password-input';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useChangePassword } from '../api/change-password';

/** Change the password: needs the current one; the API ends every other session. */
export function PasswordCard({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const change = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(changePasswordSchema), defaultValues: { currentPassword: '', newPassword: '' } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await change.mutateAsync(values);
      form.reset();
      toast.success(t('security.password.changed'));
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['currentPassword', 'newPassword'], t, i18n.language, { wrong_password: 'currentPassword' }));
    }
  });
  return (
    <Card>
      <CardHeader title={t('security.password.title')} description={t('security.password.body')} />
      <form onSubmit={onSubmit} noValidate aria-label={t('security.password.title')}>
        {/* Lets a password manager pair the new password with the account. */}
        <input type="email" autoComplete="username" value={me.user.email} readOnly hidden />
        <CardBody className="grid gap-4 sm:grid-cols-2">
          <Field label={t('security.password.current')} error={errors.currentPassword?.message}>
            <PasswordInput autoComplete="current-password" {...form.register('currentPassword')} />
          </Field>
          <Field label={t('security.password.new')} error={errors.newPassword?.message} hint={t('security.password.hint')}>
            <PasswordInput autoComplete="new-password" {...form.register('newPassword')} />
          </Field>
          {formError ? <Alert className="sm:col-span-2">{formError}</Alert> : null}
        </CardBody>
        <div className="flex justify-end border-t border-border px-5 py-3">
          <Button type="submit" loading={isSubmitting}>
            {t('security.password.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

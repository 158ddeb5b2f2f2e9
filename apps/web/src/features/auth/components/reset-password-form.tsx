import { zodResolver } from '@hookform/resolvers/zod';
import { resetPasswordSchema } from '@rundown/domain';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { PasswordInput } from '../../../components/ui/password-input';
import { isApiError } from '../../../lib/api-client';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useResetPassword } from '../api/reset-password';

const formSchema = z.object({ password: resetPasswordSchema.shape.password });

export type ResetPasswordFormProps = {
  token: string;
  onDone: () => void;
  /** Shown when the link is no longer valid (used, expired): where to ask for a new one. */
  requestNewLink: ReactNode;
};

/** Sets a new password with the token from the emailed link. */
export function ResetPasswordForm({ token, onDone, requestNewLink }: ResetPasswordFormProps) {
  const { t, i18n } = useTranslation();
  const reset = useResetPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const [linkInvalid, setLinkInvalid] = useState(false);
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { password: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await reset.mutateAsync({ token, password });
      onDone();
    } catch (error) {
      setLinkInvalid(isApiError(error) && error.code === 'reset_link_invalid');
      setFormError(applyApiErrorToForm(error, form.setError, ['password'], t, i18n.language, { weak_password: 'password' }));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t('security.reset.title')}>
      <Field label={t('security.reset.password')} error={errors.password?.message} hint={t('security.password.hint')}>
        <PasswordInput autoComplete="new-password" autoFocus {...form.register('password')} />
      </Field>
      {formError ? (
        <Alert action={linkInvalid ? requestNewLink : undefined}>{formError}</Alert>
      ) : null}
      <Button type="submit" size="lg" loading={isSubmitting} className="mt-1 w-full">
        {isSubmitting ? t('security.reset.submitting') : t('security.reset.submit')}
      </Button>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { forgotPasswordSchema } from '@rundown/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useForgotPassword } from '../api/forgot-password';

/** Asks for a reset link. The answer does not say whether the account exists, so neither does this form. */
export function ForgotPasswordForm() {
  const { t, i18n } = useTranslation();
  const forgot = useForgotPassword();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await forgot.mutateAsync(values);
      setSentTo(values.email);
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['email'], t, i18n.language));
    }
  });

  if (sentTo) {
    return (
      <Alert tone="info" title={t('security.forgot.sentTitle')}>
        {t('security.forgot.sentBody', { email: sentTo })}
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t('security.forgot.title')}>
      <Field label={t('security.forgot.email')} error={errors.email?.message}>
        <Input type="email" autoComplete="email" autoFocus {...form.register('email')} />
      </Field>
      {formError ? <Alert>{formError}</Alert> : null}
      <Button type="submit" size="lg" loading={isSubmitting} className="mt-1 w-full">
        {isSubmitting ? t('security.forgot.submitting') : t('security.forgot.submit')}
      </Button>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { loginSchema, type Me } from '@rundown/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { PasswordInput } from '../../../components/ui/password-input';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useLogin } from '../api/login';

export type LoginFormProps = {
  onSuccess: (me: Me) => void;
  defaultEmail?: string;
  submitLabel?: string;
};

export function LoginForm({ onSuccess, defaultEmail, submitLabel }: LoginFormProps) {
  const { t, i18n } = useTranslation();
  const login = useLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: defaultEmail ?? '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onSuccess(await login.mutateAsync(values));
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['email', 'password'], t, i18n.language));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t('auth.login.submit')}>
      <Field label={t('auth.login.email')} error={errors.email?.message}>
        <Input type="email" autoComplete="email" autoFocus={!defaultEmail} {...form.register('email')} />
      </Field>
      <Field label={t('auth.login.password')} error={errors.password?.message}>
        <PasswordInput autoComplete="current-password" autoFocus={Boolean(defaultEmail)} {...form.register('password')} />
      </Field>
      {formError ? <Alert>{formError}</Alert> : null}
      <Button type="submit" size="lg" loading={isSubmitting} className="mt-1 w-full">
        {isSubmitting ? t('auth.login.submitting') : (submitLabel ?? t('auth.login.submit'))}
      </Button>
    </form>
  );
}

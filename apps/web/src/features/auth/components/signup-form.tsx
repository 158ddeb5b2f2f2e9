import { zodResolver } from '@hookform/resolvers/zod';
import { signupSchema, type Me } from '@rundown/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { PasswordInput } from '../../../components/ui/password-input';
import { applyApiErrorToForm } from '../../../lib/errors';
import { currentLanguage, toApiLocale } from '../../../lib/i18n';
import { useSignup } from '../api/signup';

const FIELDS = ['name', 'email', 'password', 'organizationName'] as const;

export function SignupForm({ onSuccess }: { onSuccess: (me: Me) => void }) {
  const { t, i18n } = useTranslation();
  const signup = useSignup();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(signupSchema),
    defaultValues: { name: '', email: '', password: '', organizationName: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onSuccess(await signup.mutateAsync({ ...values, locale: toApiLocale(currentLanguage()) }));
    } catch (error) {
      setFormError(
        applyApiErrorToForm(error, form.setError, FIELDS, t, i18n.language, {
          email_taken: 'email',
          weak_password: 'password',
        }),
      );
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t('auth.signup.submit')}>
      <Field label={t('auth.signup.name')} error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...form.register('name')} />
      </Field>
      <Field label={t('auth.signup.email')} error={errors.email?.message}>
        <Input type="email" autoComplete="email" {...form.register('email')} />
      </Field>
      <Field label={t('auth.signup.password')} error={errors.password?.message} hint={t('auth.signup.passwordHint')}>
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </Field>
      <Field label={t('auth.signup.organizationName')} error={errors.organizationName?.message} hint={t('auth.signup.organizationHint')}>
        <Input autoComplete="organization" {...form.register('organizationName')} />
      </Field>
      {formError ? <Alert>{formError}</Alert> : null}
      <Button type="submit" size="lg" loading={isSubmitting} className="mt-1 w-full">
        {isSubmitting ? t('auth.signup.submitting') : t('auth.signup.submit')}
      </Button>
    </form>
  );
}

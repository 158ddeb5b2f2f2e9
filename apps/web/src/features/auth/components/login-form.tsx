import { zodResolver } from '@hookform/resolvers/zod';
import { loginSchema, loginTwoFactorSchema, type Me } from '@rundown/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { PasswordInput } from '../../../components/ui/password-input';
import { isApiError } from '../../../lib/api-client';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useLogin } from '../api/login';
import { useLoginTwoFactor } from '../api/login-two-factor';

export type LoginFormProps = {
  onSuccess: (me: Me) => void;
  defaultEmail?: string;
  submitLabel?: string;
};

export function LoginForm(props: LoginFormProps) {
  const [needsCode, setNeedsCode] = useState(false);
  return needsCode ? <TwoFactorStep onSuccess={props.onSuccess} onBack={() => setNeedsCode(false)} /> : <PasswordStep {...props} onNeedsCode={() => setNeedsCode(true)} />;
}

function PasswordStep({ onSuccess, defaultEmail, submitLabel, onNeedsCode }: LoginFormProps & { onNeedsCode: () => void }) {
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
      // The password was right: the account asks for a code from its authenticator app next.
      if (isApiError(error) && error.code === 'two_factor_required') return onNeedsCode();
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

const codeSchema = loginTwoFactorSchema;

/** The second sign-in step: a code from the authenticator app, or a recovery code. */
function TwoFactorStep({ onSuccess, onBack }: { onSuccess: (me: Me) => void; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const verify = useLoginTwoFactor();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onSuccess(await verify.mutateAsync(values));
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['code'], t, i18n.language));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t('security.loginCode.title')}>
      <p className="text-[13px] text-muted-foreground">{t('security.loginCode.body')}</p>
      <Field label={t('security.loginCode.code')} error={errors.code?.message}>
        <Input inputMode="numeric" autoComplete="one-time-code" autoFocus {...form.register('code')} />
      </Field>
      {formError ? <Alert>{formError}</Alert> : null}
      <Button type="submit" size="lg" loading={isSubmitting} className="mt-1 w-full">
        {isSubmitting ? t('security.loginCode.submitting') : t('security.loginCode.submit')}
      </Button>
      <Button type="button" variant="link" onClick={onBack} className="self-center">
        {t('security.loginCode.back')}
      </Button>
    </form>
  );
}

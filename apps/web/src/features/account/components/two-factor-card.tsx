import { zodResolver } from '@hookform/resolvers/zod';
import { enableTwoFactorSchema, passwordConfirmationSchema, type TwoFactorSetup } from '@rundown/domain';
import { ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { CopyField } from '../../../components/ui/copy-field';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { PasswordInput } from '../../../components/ui/password-input';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useDisableTwoFactor, useEnableTwoFactor, useSetupTwoFactor, useTwoFactorStatus } from '../api/two-factor';

type Step = { kind: 'idle' } | { kind: 'password'; turning: 'on' | 'off' } | { kind: 'code'; setup: TwoFactorSetup } | { kind: 'codes'; codes: string[] };

/** Two-factor sign-in: turn on (password → key for the app → a code → recovery codes, shown once) or off. */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const status = useTwoFactorStatus();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const enabled = status.data?.enabled ?? false;
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            {t('security.twoFactor.title')}
            {status.data ? <Badge tone={enabled ? 'success' : 'neutral'}>{enabled ? t('security.twoFactor.on') : t('security.twoFactor.off')}</Badge> : null}
          </span>
        }
        description={
          enabled && step.kind === 'idle' ? t('security.twoFactor.codesLeft', { count: status.data?.recoveryCodesLeft ?? 0 }) : t('security.twoFactor.body')
        }
        actions={
          step.kind === 'idle' && status.data ? (
            <Button variant="secondary" onClick={() => setStep({ kind: 'password', turning: enabled ? 'off' : 'on' })}>
              <ShieldCheck aria-hidden />
              {enabled ? t('security.twoFactor.turnOff') : t('security.twoFactor.turnOn')}
            </Button>
          ) : null
        }
      />
      {step.kind === 'password' ? (
        <PasswordStep
          turning={step.turning}
          onSetup={(setup) => setStep({ kind: 'code', setup })}
          onDisabled={() => {
            toast.success(t('security.twoFactor.disabled'));
            setStep({ kind: 'idle' });
          }}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      ) : null}
      {step.kind === 'code' ? <CodeStep setup={step.setup} onEnabled={(codes) => setStep({ kind: 'codes', codes })} onCancel={() => setStep({ kind: 'idle' })} /> : null}
      {step.kind === 'codes' ? (
        <CardBody className="flex flex-col gap-3">
          <Alert tone="warning" title={t('security.twoFactor.recoveryTitle')}>
            {t('security.twoFactor.recoveryBody')}
          </Alert>
          <CopyField value={step.codes.join('  ')} label={t('security.twoFactor.recoveryLabel')} testId="recovery-codes" />
          <div className="flex justify-end">
            <Button
              onClick={() => {
                toast.success(t('security.twoFactor.enabled'));
                setStep({ kind: 'idle' });
              }}
            >
              {t('security.twoFactor.done')}
            </Button>
          </div>
        </CardBody>
      ) : null}
    </Card>
  );
}

function PasswordStep({ turning, onSetup, onDisabled, onCancel }: { turning: 'on' | 'off'; onSetup: (setup: TwoFactorSetup) => void; onDisabled: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const setup = useSetupTwoFactor();
  const disable = useDisableTwoFactor();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(passwordConfirmationSchema), defaultValues: { password: '' } });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (turning === 'on') onSetup(await setup.mutateAsync(values));
      else {
        await disable.mutateAsync(values);
        onDisabled();
      }
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['password'], t, i18n.language, { wrong_password: 'password' }));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('security.twoFactor.title')}>
      <CardBody className="flex flex-col gap-3">
        <Field label={t('security.twoFactor.password')} error={form.formState.errors.password?.message} className="max-w-sm">
          <PasswordInput autoComplete="current-password" autoFocus {...form.register('password')} />
        </Field>
        {formError ? <Alert>{formError}</Alert> : null}
        <div className="flex gap-2">
          <Button type="submit" loading={form.formState.isSubmitting} variant={turning === 'off' ? 'danger' : 'primary'}>
            {turning === 'on' ? t('security.twoFactor.start') : t('security.twoFactor.turnOff')}
          </Button>
          <Button type="button" variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </CardBody>
    </form>
  );
}

function CodeStep({ setup, onEnabled, onCancel }: { setup: TwoFactorSetup; onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const enable = useEnableTwoFactor();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(enableTwoFactorSchema), defaultValues: { code: '' } });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onEnabled((await enable.mutateAsync(values)).recoveryCodes);
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['code'], t, i18n.language));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('security.twoFactor.confirm')}>
      <CardBody className="flex flex-col gap-3">
        <p className="text-[13px] text-muted-foreground">{t('security.twoFactor.secretHelp')}</p>
        <CopyField value={setup.secret} label={t('security.twoFactor.secretLabel')} testId="totp-secret" />
        <a href={setup.otpauthUrl} className="text-[13px] font-medium text-primary hover:underline">
          {t('security.twoFactor.linkLabel')}
        </a>
        <Field label={t('security.twoFactor.code')} error={form.formState.errors.code?.message} className="max-w-48">
          <Input inputMode="numeric" autoComplete="one-time-code" autoFocus {...form.register('code')} />
        </Field>
        {formError ? <Alert>{formError}</Alert> : null}
        <div className="flex gap-2">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('security.twoFactor.confirm')}
          </Button>
          <Button type="button" variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </CardBody>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { acceptInvitationAsNewUserSchema, type InvitationPreview, type Me } from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Link2Off, MailOpen } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { PasswordInput } from '../../../components/ui/password-input';
import { Skeleton } from '../../../components/ui/skeleton';
import { isApiError } from '../../../lib/api-client';
import { applyApiErrorToForm, errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { getMe, meQueryKey, useMe } from '../../../lib/session';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/get-invitation-preview';
import { useRegisterWithInvitation } from '../api/register-with-invitation';

export type AcceptInvitationPageProps = {
  token: string;
  /** The log-in form, supplied by the page that composes features. */
  renderLogin: (props: { defaultEmail: string; submitLabel: string; onSuccess: (me: Me) => void }) => ReactNode;
  onJoined: (organizationId: string) => void;
};

export function AcceptInvitationPage({ token, renderLogin, onJoined }: AcceptInvitationPageProps) {
  const { t, i18n } = useTranslation();
  const preview = useInvitationPreview(token);
  const me = useMe();

  if (preview.isPending || me.isPending) {
    return (
      <div className="flex flex-col gap-3" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton className="h-5 w-3/4" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="mt-3 h-9 w-full" />
      </div>
    );
  }
  if (preview.isError) {
    const invalid = isApiError(preview.error) && [400, 404, 410].includes(preview.error.status);
    return (
      <EmptyState
        icon={Link2Off}
        title={invalid ? t('invite.invalidTitle') : t('states.errorTitle')}
        body={invalid ? t('invite.invalidBody') : errorMessage(t, preview.error)}
      />
    );
  }

  const invitation = preview.data;
  return (
    <div className="flex flex-col gap-5" data-testid="invitation">
      <div className="flex items-start gap-3">
        <div className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-accent text-accent-foreground">
          <MailOpen className="size-4.5" aria-hidden />
        </div>
        <div className="flex flex-col gap-1">
          <p className="text-[13.5px]">
            {t('invite.body', {
              invitedBy: invitation.invitedBy,
              email: invitation.email,
              organization: invitation.organizationName,
              role: t(`roles.${invitation.role}`),
            })}
          </p>
          <p className="text-[12.5px] text-muted-foreground">
            {t('invite.expires', { date: formatDateTime(invitation.expiresAt, Intl.DateTimeFormat().resolvedOptions().timeZone, i18n.language) })}
          </p>
        </div>
      </div>
      {me.data ? (
        <AcceptAsSignedIn token={token} me={me.data} invitation={invitation} onJoined={onJoined} />
      ) : invitation.accountExists ? (
        <LoginThenAccept token={token} invitation={invitation} renderLogin={renderLogin} onJoined={onJoined} />
      ) : (
        <RegisterForm token={token} invitation={invitation} onJoined={onJoined} />
      )}
    </div>
  );
}

function orgIdByName(me: Me | null | undefined, name: string): string | undefined {
  return me?.memberships.find((m) => m.organizationName === name)?.organizationId;
}

/** Accepts, and treats "already a member" as success: the person just wants to get in. */
function useAcceptAndJoin(token: string, invitation: InvitationPreview, onJoined: (orgId: string) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const accept = useAcceptInvitation(token);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    try {
      const accepted = await accept.mutateAsync();
      toast.success(t('invite.accepted', { organization: invitation.organizationName }));
      onJoined(accepted.organizationId);
    } catch (e) {
      if (isApiError(e) && e.code === 'already_member') {
        const me = await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: getMe });
        const orgId = orgIdByName(me, invitation.organizationName);
        if (orgId) return onJoined(orgId);
      }
      setError(errorMessage(t, e));
    }
  };
  return { run, pending: accept.isPending, error };
}

function AcceptAsSignedIn({ token, me, invitation, onJoined }: { token: string; me: Me; invitation: InvitationPreview; onJoined: (orgId: string) => void }) {
  const { t } = useTranslation();
  const { run, pending, error } = useAcceptAndJoin(token, invitation, onJoined);
  const mismatch = me.user.email.toLowerCase() !== invitation.email.toLowerCase();
  return (
    <div className="flex flex-col gap-3">
      <p className="text-[13px] text-muted-foreground">{t('invite.signedInAs', { email: me.user.email })}</p>
      {mismatch ? <Alert tone="info">{t('invite.emailMismatch', { email: invitation.email })}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
      <Button size="lg" className="w-full" loading={pending} disabled={mismatch} onClick={() => void run()} data-testid="accept-invitation">
        {pending ? t('invite.accepting') : t('invite.accept')}
      </Button>
    </div>
  );
}

function LoginThenAccept({
  token,
  invitation,
  renderLogin,
  onJoined,
}: {
  token: string;
  invitation: InvitationPreview;
  renderLogin: AcceptInvitationPageProps['renderLogin'];
  onJoined: (orgId: string) => void;
}) {
  const { t } = useTranslation();
  const { run, error } = useAcceptAndJoin(token, invitation, onJoined);
  return (
    <div className="flex flex-col gap-3">
      <div>
        <h2 className="text-[14px] font-semibold">{t('invite.loginTitle')}</h2>
        <p className="text-[13px] text-muted-foreground">{t('invite.loginBody', { email: invitation.email })}</p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {renderLogin({ defaultEmail: invitation.email, submitLabel: t('invite.loginSubmit'), onSuccess: () => void run() })}
    </div>
  );
}

function RegisterForm({ token, invitation, onJoined }: { token: string; invitation: InvitationPreview; onJoined: (orgId: string) => void }) {
  const { t, i18n } = useTranslation();
  const register = useRegisterWithInvitation(token);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(acceptInvitationAsNewUserSchema),
    defaultValues: { name: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const me = await register.mutateAsync(values);
      toast.success(t('invite.accepted', { organization: invitation.organizationName }));
      const orgId = orgIdByName(me, invitation.organizationName) ?? me.memberships[0]?.organizationId;
      if (orgId) onJoined(orgId);
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['name', 'password'], t, i18n.language, { weak_password: 'password' }));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t('invite.registerTitle')}>
      <div>
        <h2 className="text-[14px] font-semibold">{t('invite.registerTitle')}</h2>
        <p className="text-[13px] text-muted-foreground">{t('invite.registerBody', { email: invitation.email })}</p>
      </div>
      <Field label={t('auth.login.email')}>
        <Input type="email" value={invitation.email} readOnly disabled />
      </Field>
      <Field label={t('auth.signup.name')} error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...form.register('name')} />
      </Field>
      <Field label={t('auth.signup.password')} error={errors.password?.message} hint={t('auth.signup.passwordHint')}>
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </Field>
      {formError ? <Alert>{formError}</Alert> : null}
      <Button type="submit" size="lg" className="w-full" loading={isSubmitting}>
        {t('invite.registerSubmit')}
      </Button>
    </form>
  );
}

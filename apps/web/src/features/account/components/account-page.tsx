import { zodResolver } from '@hookform/resolvers/zod';
import { createApiTokenSchema, type ApiToken, type CreatedApiToken, type Me } from '@rundown/domain';
import { KeyRound, Trash2 } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { z } from 'zod';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyField } from '../../../components/ui/copy-field';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { applyApiErrorToForm, errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useCreateToken } from '../api/create-token';
import { useTokens } from '../api/list-tokens';
import { useRevokeToken } from '../api/revoke-token';
import { useUpdateMe } from '../api/update-me';
import { PasswordCard } from './password-card';
import { SessionsCard } from './sessions-card';
import { TwoFactorCard } from './two-factor-card';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `children`: cards other features add to the account page (composed in app/routes). */
export function AccountPage({ me, children }: { me: Me; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t('account.title')} description={t('account.subtitle')} />
      <ProfileCard me={me} />
      <PasswordCard me={me} />
      <TwoFactorCard />
      <SessionsCard />
      <TokensCard />
      {children}
    </div>
  );
}

const profileSchema = z.object({ name: z.string().trim().min(1).max(120) });

function ProfileCard({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMe();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(profileSchema), defaultValues: { name: me.user.name } });
  const { errors, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async ({ name }) => {
    setFormError(null);
    try {
      const user = await update.mutateAsync({ name });
      form.reset({ name: user.name });
      toast.success(t('account.profile.saved'));
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['name'], t, i18n.language));
    }
  });
  return (
    <Card>
      <CardHeader title={t('account.profile.title')} />
      <form onSubmit={onSubmit} noValidate aria-label={t('account.profile.title')}>
        <CardBody className="grid gap-4 sm:grid-cols-2">
          <Field label={t('account.profile.name')} error={errors.name?.message}>
            <Input autoComplete="name" {...form.register('name')} />
          </Field>
          <Field label={t('account.profile.email')}>
            <Input value={me.user.email} readOnly disabled />
          </Field>
          {formError ? <Alert className="sm:col-span-2">{formError}</Alert> : null}
        </CardBody>
        <div className="flex justify-end border-t border-border px-5 py-3">
          <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

const EXPIRY_CHOICES = ['30', '90', '365', 'never'] as const;
type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

const tokenFormSchema = z.object({ name: createApiTokenSchema.shape.name, expiry: z.enum(EXPIRY_CHOICES) });

function TokensCard() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(tokenFormSchema), defaultValues: { name: '', expiry: '90' as ExpiryChoice } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name, expiry }) => {
    setFormError(null);
    try {
      const token = await create.mutateAsync({ name, expiresInDays: expiry === 'never' ? undefined : Number(expiry) });
      setCreated(token);
      form.reset({ name: '', expiry });
    } catch (error) {
      setFormError(applyApiErrorToForm(error, form.setError, ['name'], t, language));
    }
  });

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revoke.mutateAsync(revoking.id);
      if (created?.id === revoking.id) setCreated(null);
      toast.success(t('account.tokens.revoked'));
      setRevoking(null);
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  const zone = localZone();
  const columns = useMemo<DataTableColumn<ApiToken>[]>(
    () => [
      { id: 'name', header: () => t('account.tokens.columns.name'), cell: ({ row }) => <span className="font-medium">{row.original.name}</span> },
      {
        id: 'prefix',
        header: () => t('account.tokens.columns.prefix'),
        cell: ({ row }) => <code className="font-mono text-[12px] text-muted-foreground">{row.original.prefix}…</code>,
      },
      {
        id: 'createdAt',
        header: () => t('account.tokens.columns.created'),
        cell: ({ row }) => <span className="tabular-nums text-muted-foreground">{formatDateTime(row.original.createdAt, zone, language)}</span>,
        meta: { className: 'hidden md:table-cell' },
      },
      {
        id: 'lastUsedAt',
        header: () => t('account.tokens.columns.lastUsed'),
        cell: ({ row }) => (
          <span className="tabular-nums text-muted-foreground">
            {row.original.lastUsedAt ? formatDateTime(row.original.lastUsedAt, zone, language) : t('common.never')}
          </span>
        ),
        meta: { className: 'hidden sm:table-cell' },
      },
      {
        id: 'expiresAt',
        header: () => t('account.tokens.columns.expires'),
        cell: ({ row }) => (
          <span className="tabular-nums text-muted-foreground">
            {row.original.expiresAt ? formatDateTime(row.original.expiresAt, zone, language) : t('common.never')}
          </span>
        ),
      },
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('common.actions')}</span>,
        cell: ({ row }) => (
          <Button variant="danger-ghost" size="icon-sm" aria-label={t('account.tokens.revokeLabel', { name: row.original.name })} onClick={() => setRevoking(row.original)}>
            <Trash2 aria-hidden />
          </Button>
        ),
        meta: { className: 'w-12 text-right' },
      },
    ],
    [t, language, zone],
  );

  return (
    <Card>
      <CardHeader title={t('account.tokens.title')} description={t('account.tokens.body')} />
      <CardBody className="flex flex-col gap-4">
        <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3" aria-label={t('account.tokens.create')}>
          <Field label={t('account.tokens.name')} error={errors.name?.message} className="min-w-56 flex-1">
            <Input placeholder={t('account.tokens.namePlaceholder')} {...form.register('name')} />
          </Field>
          <Field label={t('account.tokens.expiresIn')} className="w-44">
            <Controller
              control={form.control}
              name="expiry"
              render={({ field }) => (
                <Select<ExpiryChoice>
                  value={field.value}
                  onValueChange={field.onChange}
                  options={EXPIRY_CHOICES.map((c) => ({ value: c, label: c === 'never' ? t('account.tokens.noExpiry') : t('common.days', { count: Number(c) }) }))}
                />
              )}
            />
          </Field>
          <Button type="submit" className="mt-[21px]" loading={isSubmitting}>
            <KeyRound aria-hidden />
            {t('account.tokens.create')}
          </Button>
        </form>
        {formError ? <Alert>{formError}</Alert> : null}
        {created ? (
          <Alert tone="warning" title={t('account.tokens.createdTitle')} className="[&>div]:gap-2">
            <p>{t('account.tokens.createdBody')}</p>
            <div className="mt-2">
              <CopyField value={created.token} label={t('account.tokens.tokenLabel')} testId="created-token" />
            </div>
          </Alert>
        ) : null}
      </CardBody>
      <div className="border-t border-border">
        {tokens.isError ? (
          <div className="p-4">
            <Alert title={t('account.tokens.loadError')}>{errorMessage(t, tokens.error)}</Alert>
          </div>
        ) : (
          <DataTable
            label={t('account.tokens.title')}
            testId="tokens-table"
            columns={columns}
            data={tokens.data?.items ?? []}
            getRowId={(token) => token.id}
            isLoading={tokens.isPending}
            skeletonRows={2}
            empty={<EmptyState icon={KeyRound} title={t('account.tokens.empty')} />}
          />
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => (open ? undefined : setRevoking(null))}
        title={t('account.tokens.revokeTitle', { name: revoking?.name ?? '' })}
        description={t('account.tokens.revokeBody')}
        confirmLabel={t('account.tokens.revoke')}
        pending={revoke.isPending}
        onConfirm={() => void confirmRevoke()}
      />
    </Card>
  );
}

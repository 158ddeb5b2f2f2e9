import { zodResolver } from '@hookform/resolvers/zod';
import {
  CURRENCY_CODES,
  organizationSchema,
  updateOrganizationSchema,
  type Locale,
  type Organization,
  type OrganizationSummary,
  type UpdateOrganizationInput,
} from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card, CardBody } from '../../../components/ui/card';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { Skeleton } from '../../../components/ui/skeleton';
import { isApiError } from '../../../lib/api-client';
import { applyApiErrorToForm, errorMessage } from '../../../lib/errors';
import { currencyName, isKnownTimeZone, TIME_ZONES, timeZoneOffsetLabel } from '../../../lib/format';
import { useOrganization } from '../api/get-organization';
import { organizationKeys } from '../api/keys';
import { useUpdateOrganization } from '../api/update-organization';

const FIELDS = ['name', 'defaultCurrency', 'locale', 'timeZone'] as const;

export function OrganizationSettingsPage({ orgId, canUpdate }: { orgId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const query = useOrganization(orgId);
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('settings.title')} description={t('settings.subtitle')} />
      {query.isPending ? (
        <Card>
          <CardBody className="flex flex-col gap-5">
            {Array.from({ length: 4 }, (_, i) => (
              <div key={i} className="flex flex-col gap-2">
                <Skeleton className="h-3.5 w-28" />
                <Skeleton className="h-8 w-full" />
              </div>
            ))}
          </CardBody>
        </Card>
      ) : query.isError ? (
        <Alert title={t('settings.loadError')}>{errorMessage(t, query.error)}</Alert>
      ) : (
        // Keyed by version: a reload after a conflict starts the form afresh.
        <OrganizationSettingsForm key={query.data.version} organization={query.data} canUpdate={canUpdate} />
      )}
    </div>
  );
}

type SettingsValues = { name: string; defaultCurrency: Organization['defaultCurrency']; locale: Locale; timeZone: string };

function toValues(o: OrganizationSummary): SettingsValues {
  return { name: o.name, defaultCurrency: o.defaultCurrency, locale: o.locale, timeZone: o.timeZone };
}

/** Edits the fields every role may read (a role without budgets.read gets the organization without its budget settings). */
function OrganizationSettingsForm({ organization, canUpdate }: { organization: OrganizationSummary; canUpdate: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateOrganization(organization.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Organization | null>(null);
  const form = useForm<SettingsValues, unknown, UpdateOrganizationInput>({
    resolver: zodResolver(updateOrganizationSchema) as unknown as Resolver<SettingsValues, unknown, UpdateOrganizationInput>,
    defaultValues: toValues(organization),
  });
  const { errors, isSubmitting, isDirty } = form.formState;

  const timeZoneOptions = useMemo(() => {
    const zones: string[] = [...TIME_ZONES];
    if (!zones.includes(organization.timeZone)) zones.unshift(organization.timeZone);
    return zones.map((tz) => ({ value: tz, label: `${isKnownTimeZone(tz) ? t(`timeZones.${tz}`) : tz} · ${timeZoneOffsetLabel(tz)}` }));
  }, [organization.timeZone, t]);

  const onSubmit = form.handleSubmit(async (body) => {
    setFormError(null);
    try {
      await update.mutateAsync({ version: organization.version, body });
      toast.success(t('settings.saved'));
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        const current = organizationSchema.safeParse(error.current);
        if (current.success) {
          setConflict(current.data);
          return;
        }
      }
      setFormError(applyApiErrorToForm(error, form.setError, FIELDS, t, i18n.language));
    }
  });

  const reload = () => {
    if (conflict) queryClient.setQueryData(organizationKeys.detail(organization.id), conflict);
    else void queryClient.invalidateQueries({ queryKey: organizationKeys.detail(organization.id) });
  };

  const disabled = !canUpdate;
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-label={t('settings.title')}>
        <CardBody className="flex flex-col gap-5">
          {!canUpdate ? <Alert tone="info">{t('settings.readOnly')}</Alert> : null}
          {conflict ? (
            <Alert
              tone="warning"
              title={t('settings.conflictTitle')}
              action={
                <Button size="sm" variant="secondary" onClick={reload}>
                  {t('common.reload')}
                </Button>
              }
            >
              {t('settings.conflictBody')}
            </Alert>
          ) : null}
          <Field label={t('settings.name')} error={errors.name?.message}>
            <Input disabled={disabled} {...form.register('name')} />
          </Field>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label={t('settings.defaultCurrency')} error={errors.defaultCurrency?.message} hint={t('settings.defaultCurrencyHint')}>
              <Controller
                control={form.control}
                name="defaultCurrency"
                render={({ field }) => (
                  <Select
                    disabled={disabled}
                    value={field.value}
                    onValueChange={field.onChange}
                    onBlur={field.onBlur}
                    options={CURRENCY_CODES.map((c) => ({ value: c, label: `${c} — ${currencyName(c, i18n.language)}` }))}
                  />
                )}
              />
            </Field>
            <Field label={t('settings.locale')} error={errors.locale?.message} hint={t('settings.localeHint')}>
              <Controller
                control={form.control}
                name="locale"
                render={({ field }) => (
                  <Select<Locale>
                    disabled={disabled}
                    value={field.value}
                    onValueChange={field.onChange}
                    onBlur={field.onBlur}
                    options={[
                      { value: 'id-ID', label: 'Bahasa Indonesia' },
                      { value: 'en', label: 'English' },
                    ]}
                  />
                )}
              />
            </Field>
          </div>
          <Field label={t('settings.timeZone')} error={errors.timeZone?.message} hint={t('settings.timeZoneHint')}>
            <Controller
              control={form.control}
              name="timeZone"
              render={({ field }) => (
                <Select disabled={disabled} value={field.value} onValueChange={field.onChange} onBlur={field.onBlur} options={timeZoneOptions} />
              )}
            />
          </Field>
          {formError ? <Alert>{formError}</Alert> : null}
        </CardBody>
        {canUpdate ? (
          <div className="flex justify-end gap-2 border-t border-border px-5 py-3">
            <Button variant="secondary" disabled={!isDirty || isSubmitting} onClick={() => form.reset(toValues(organization))}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={Boolean(conflict)}>
              {t('settings.submit')}
            </Button>
          </div>
        ) : null}
      </form>
    </Card>
  );
}

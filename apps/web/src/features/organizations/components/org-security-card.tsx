import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { errorMessage } from '../../../lib/errors';
import { useOrgSecurity, useUpdateOrgSecurity } from '../api/org-security';

/** The organization's sign-in policy: two-factor sign-in required of owners and admins. */
export function OrgSecurityCard({ orgId, canUpdate }: { orgId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const security = useOrgSecurity(orgId);
  const update = useUpdateOrgSecurity(orgId);
  const toggle = async (requireTwoFactor: boolean) => {
    try {
      await update.mutateAsync({ requireTwoFactor });
      toast.success(t('security.orgPolicy.saved'));
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };
  return (
    <Card className="max-w-3xl">
      <CardHeader title={t('security.orgPolicy.title')} description={t('security.orgPolicy.body')} />
      <CardBody>
        {security.isError ? (
          <Alert>{errorMessage(t, security.error)}</Alert>
        ) : (
          <label className="flex items-center gap-2 text-[13px]">
            <input
              type="checkbox"
              className="size-4 accent-[var(--primary)]"
              checked={security.data?.requireTwoFactor ?? false}
              disabled={!canUpdate || !security.data || update.isPending}
              onChange={(event) => void toggle(event.target.checked)}
            />
            {t('security.orgPolicy.require')}
          </label>
        )}
      </CardBody>
    </Card>
  );
}

import type { Me } from '@rundown/domain';
import { useNavigate } from '@tanstack/react-router';
import { Check, ChevronsUpDown, Plus } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu';

/** The form's code (and its form library) loads when someone asks to create an organization. */
const CreateOrganizationDialog = lazy(() =>
  import('../../features/organizations/components/create-organization-dialog').then((m) => ({ default: m.CreateOrganizationDialog })),
);

export function OrgSwitcher({ me, orgId }: { me: Me; orgId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const current = me.memberships.find((m) => m.organizationId === orgId);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label={t('shell.switchOrganization')}
          data-testid="org-switcher"
          className="flex w-full cursor-pointer items-center gap-2.5 rounded-lg px-2 py-1.5 text-left hover:bg-muted data-[state=open]:bg-muted"
        >
          <span aria-hidden className="flex size-7 shrink-0 items-center justify-center rounded-md bg-foreground text-[12px] font-semibold text-background">
            {(current?.organizationName ?? '?').slice(0, 1).toUpperCase()}
          </span>
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="truncate text-[13px] font-semibold">{current?.organizationName ?? t('shell.noOrganization')}</span>
            {current ? <span className="truncate text-[11.5px] text-muted-foreground">{t(`roles.${current.role}`)}</span> : null}
          </span>
          <ChevronsUpDown className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-64">
          <DropdownMenuLabel>{t('shell.organizations')}</DropdownMenuLabel>
          {me.memberships.map((m) => (
            <DropdownMenuItem
              key={m.organizationId}
              onSelect={() => void navigate({ to: '/orgs/$orgId', params: { orgId: m.organizationId } })}
            >
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="truncate">{m.organizationName}</span>
                <span className="text-[11.5px] text-muted-foreground">{t(`roles.${m.role}`)}</span>
              </span>
              {m.organizationId === orgId ? <Check className="text-foreground!" aria-hidden /> : null}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setCreating(true)}>
            <Plus aria-hidden />
            {t('shell.createOrganization')}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {creating ? (
        <Suspense fallback={null}>
          <CreateOrganizationDialog
            open
            onOpenChange={setCreating}
            onCreated={(o) => void navigate({ to: '/orgs/$orgId/events', params: { orgId: o.id } })}
          />
        </Suspense>
      ) : null}
    </>
  );
}

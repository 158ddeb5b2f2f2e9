import { assignableRoles, type Invitation, type Member, type Role } from '@rundown/domain';
import { LogOut, MailPlus, Trash2, Users, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card, CardHeader } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useInvitations } from '../api/list-invitations';
import { useLeaveOrganization } from '../api/leave-organization';
import { useMembers } from '../api/list-members';
import { useRemoveMember } from '../api/remove-member';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { useUpdateMember } from '../api/update-member';
import { InviteMemberDialog } from './invite-member-dialog';

export type MembersPageProps = {
  orgId: string;
  organizationName: string;
  myUserId: string;
  myRole: Role;
  canManage: boolean;
  timeZone: string;
  onLeft: () => void;
};

type Pending =
  | { kind: 'remove'; member: Member }
  | { kind: 'revoke'; invitation: Invitation }
  | { kind: 'leave' }
  | null;

const INVITATION_TONES: Record<Invitation['status'], BadgeTone> = {
  pending: 'info',
  accepted: 'success',
  revoked: 'neutral',
  expired: 'neutral',
};

export function MembersPage({ orgId, organizationName, myUserId, myRole, canManage, timeZone, onLeft }: MembersPageProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const members = useMembers(orgId);
  const invitations = useInvitations(orgId, canManage);
  const updateMember = useUpdateMember(orgId);
  const removeMember = useRemoveMember(orgId);
  const revokeInvitation = useRevokeInvitation(orgId);
  const leave = useLeaveOrganization(orgId);
  const [pending, setPending] = useState<Pending>(null);
  const [inviting, setInviting] = useState(false);

  const rows = useMemo(() => members.data?.pages.flatMap((p) => p.items) ?? [], [members.data]);
  const grantable = assignableRoles(myRole);

  const changeRole = async (member: Member, role: Role) => {
    try {
      await updateMember.mutateAsync({ memberId: member.id, version: member.version, role });
      toast.success(t('members.roleChanged', { name: member.name, role: t(`roles.${role}`) }));
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      if (pending.kind === 'remove') {
        await removeMember.mutateAsync(pending.member.id);
        toast.success(t('members.removed', { name: pending.member.name }));
      } else if (pending.kind === 'revoke') {
        await revokeInvitation.mutateAsync(pending.invitation.id);
        toast.success(t('members.invitations.revoked'));
      } else {
        await leave.mutateAsync();
        toast.success(t('members.left', { name: organizationName }));
        onLeft();
      }
      setPending(null);
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  const memberColumns = useMemo<DataTableColumn<Member>[]>(
    () => [
      {
        id: 'name',
        header: () => t('members.columns.name'),
        cell: ({ row }) => {
          const m = row.original;
          return (
            <div className="flex items-center gap-2.5">
              <Initials name={m.name} />
              <div className="flex min-w-0 flex-col">
                <span className="truncate font-medium">
                  {m.name}
                  {m.userId === myUserId ? <span className="ml-1.5 font-normal text-muted-foreground">({t('members.you')})</span> : null}
                </span>
                <span className="truncate text-[12px] text-muted-foreground">{m.email}</span>
              </div>
            </div>
          );
        },
        meta: { skeleton: 'w-48' },
      },
      {
        id: 'role',
        header: () => t('members.columns.role'),
        cell: ({ row }) => {
          const m = row.original;
          // One may change a member's role only within what one could grant, and never one's own here.
          const editable = canManage && m.userId !== myUserId && grantable.includes(m.role);
          if (!editable) return <span>{t(`roles.${m.role}`)}</span>;
          return (
            <Select<Role>
              size="sm"
              className="w-48"
              aria-label={t('members.changeRole', { name: m.name })}
              value={m.role}
              onValueChange={(role) => void changeRole(m, role)}
              options={grantable.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            />
          );
        },
        meta: { className: 'w-56', skeleton: 'w-28' },
      },
      {
        id: 'joinedAt',
        header: () => t('members.columns.joined'),
        cell: ({ row }) => <span className="text-muted-foreground tabular-nums">{formatDate(row.original.joinedAt, timeZone, language)}</span>,
        meta: { className: 'hidden sm:table-cell w-36', skeleton: 'w-20' },
      },
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('common.actions')}</span>,
        cell: ({ row }) => {
          const m = row.original;
          if (!canManage || m.userId === myUserId || !grantable.includes(m.role)) return null;
          return (
            <Button
              variant="danger-ghost"
              size="icon-sm"
              aria-label={t('members.removeLabel', { name: m.name })}
              onClick={() => setPending({ kind: 'remove', member: m })}
            >
              <Trash2 aria-hidden />
            </Button>
          );
        },
        meta: { className: 'w-12 text-right' },
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language, canManage, myUserId, myRole, timeZone],
  );

  const invitationColumns = useMemo<DataTableColumn<Invitation>[]>(
    () => [
      { id: 'email', header: () => t('members.invitations.email'), cell: ({ row }) => <span className="font-medium">{row.original.email}</span> },
      { id: 'role', header: () => t('members.invitations.role'), cell: ({ row }) => t(`roles.${row.original.role}`) },
      {
        id: 'status',
        header: () => t('members.invitations.status'),
        cell: ({ row }) => (
          <Badge tone={INVITATION_TONES[row.original.status]}>{t(`invitationStatuses.${row.original.status}`)}</Badge>
        ),
      },
      {
        id: 'invitedBy',
        header: () => t('members.invitations.invitedBy'),
        cell: ({ row }) => <span className="text-muted-foreground">{row.original.invitedBy}</span>,
        meta: { className: 'hidden md:table-cell' },
      },
      {
        id: 'expiresAt',
        header: () => t('members.invitations.expires'),
        cell: ({ row }) => <span className="text-muted-foreground tabular-nums">{formatDate(row.original.expiresAt, timeZone, language)}</span>,
        meta: { className: 'hidden sm:table-cell' },
      },
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('common.actions')}</span>,
        cell: ({ row }) =>
          row.original.status === 'pending' ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={t('members.invitations.revokeLabel', { email: row.original.email })}
              onClick={() => setPending({ kind: 'revoke', invitation: row.original })}
            >
              <X aria-hidden />
              {t('members.invitations.revoke')}
            </Button>
          ) : null,
        meta: { className: 'w-28 text-right' },
      },
    ],
    [t, language, timeZone],
  );

  const confirmText =
    pending?.kind === 'remove'
      ? { title: t('members.removeTitle', { name: pending.member.name }), body: t('members.removeBody'), label: t('members.remove') }
      : pending?.kind === 'revoke'
        ? {
            title: t('members.invitations.revokeTitle', { email: pending.invitation.email }),
            body: t('members.invitations.revokeBody'),
            label: t('members.invitations.revoke'),
          }
        : { title: t('members.leaveTitle', { name: organizationName }), body: t('members.leaveBody'), label: t('members.leave') };

  return (
    <div>
      <PageHeader
        title={t('members.title')}
        description={t('members.subtitle')}
        actions={
          <>
            <Button variant="secondary" onClick={() => setPending({ kind: 'leave' })}>
              <LogOut aria-hidden />
              {t('members.leave')}
            </Button>
            {canManage ? (
              <Button onClick={() => setInviting(true)} data-testid="invite-member">
                <MailPlus aria-hidden />
                {t('members.invite.button')}
              </Button>
            ) : null}
          </>
        }
      />

      <div className="flex flex-col gap-6">
        <Card>
          {members.isError ? (
            <div className="p-4">
              <Alert title={t('members.loadError')}>{errorMessage(t, members.error)}</Alert>
            </div>
          ) : (
            <DataTable
              label={t('members.title')}
              testId="members-table"
              columns={memberColumns}
              data={rows}
              getRowId={(m) => m.id}
              isLoading={members.isPending}
              skeletonRows={4}
              empty={<EmptyState icon={Users} title={t('table.noRows')} />}
            />
          )}
          {members.hasNextPage ? (
            <div className="flex justify-end px-4 py-2.5">
              <Button size="sm" variant="secondary" loading={members.isFetchingNextPage} onClick={() => void members.fetchNextPage()}>
                {t('common.loadMore')}
              </Button>
            </div>
          ) : null}
        </Card>

        {canManage ? (
          <Card>
            <CardHeader title={t('members.invitations.title')} />
            {invitations.isError ? (
              <div className="p-4">
                <Alert>{errorMessage(t, invitations.error)}</Alert>
              </div>
            ) : (
              <DataTable
                label={t('members.invitations.title')}
                testId="invitations-table"
                columns={invitationColumns}
                data={invitations.data?.items ?? []}
                getRowId={(i) => i.id}
                isLoading={invitations.isPending}
                skeletonRows={2}
                empty={<p className="px-4 py-8 text-center text-[13px] text-muted-foreground">{t('members.invitations.empty')}</p>}
              />
            )}
          </Card>
        ) : null}
      </div>

      {canManage ? (
        <InviteMemberDialog open={inviting} onOpenChange={setInviting} orgId={orgId} roles={grantable} timeZone={timeZone} />
      ) : null}

      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        title={confirmText.title}
        description={confirmText.body}
        confirmLabel={confirmText.label}
        pending={removeMember.isPending || revokeInvitation.isPending || leave.isPending}
        onConfirm={() => void confirm()}
      />
    </div>
  );
}

function Initials({ name }: { name: string }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
  return (
    <span aria-hidden className="flex size-7 shrink-0 items-center justify-center rounded-full bg-accent text-[11px] font-semibold text-accent-foreground">
      {initials || '?'}
    </span>
  );
}

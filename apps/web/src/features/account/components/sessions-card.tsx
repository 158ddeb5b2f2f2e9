import type { Session } from '@rundown/domain';
import { LogOut, MonitorSmartphone } from 'lucide-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card, CardHeader } from '../../../components/ui/card';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useSessions } from '../api/list-sessions';
import { useRevokeSession } from '../api/revoke-session';
import { useSignOutOtherSessions } from '../api/sign-out-other-sessions';
import { describeUserAgent } from '../utils/user-agent';
import { LoadMore } from '../../../components/ui/load-more';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The user's live sessions, this one marked; each other one can be signed out, or all at once. */
export function SessionsCard() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const signOutOthers = useSignOutOtherSessions();

  const runSignOutOthers = async () => {
    try {
      const { revoked } = await signOutOthers.mutateAsync();
      toast.success(t('account.sessions.done', { count: revoked }));
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };
  const { mutateAsync: revokeSession } = revoke;
  const runRevoke = useCallback(
    async (session: Session) => {
      try {
        await revokeSession(session.id);
        toast.success(t('security.sessions.signedOut'));
      } catch (error) {
        toast.error(errorMessage(t, error));
      }
    },
    [revokeSession, t],
  );

  const zone = localZone();
  const columns = useMemo<DataTableColumn<Session>[]>(() => {
    const device = (s: Session) => describeUserAgent(s.userAgent) ?? t('security.sessions.unknownDevice');
    return [
      {
        id: 'device',
        header: () => t('security.sessions.columns.device'),
        cell: ({ row }) => (
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium">
            <span className="whitespace-nowrap">{device(row.original)}</span>
            {row.original.current ? <Badge tone="success">{t('security.sessions.current')}</Badge> : null}
          </span>
        ),
      },
      {
        id: 'ip',
        header: () => t('security.sessions.columns.ip'),
        cell: ({ row }) => <code className="font-mono text-[12px] text-muted-foreground">{row.original.ip ?? t('common.empty')}</code>,
        meta: { className: 'hidden sm:table-cell' },
      },
      {
        id: 'createdAt',
        header: () => t('security.sessions.columns.started'),
        cell: ({ row }) => <span className="tabular-nums text-muted-foreground">{formatDateTime(row.original.createdAt, zone, language)}</span>,
        meta: { className: 'hidden md:table-cell' },
      },
      {
        id: 'lastSeenAt',
        header: () => t('security.sessions.columns.lastSeen'),
        cell: ({ row }) => <span className="tabular-nums text-muted-foreground">{formatDateTime(row.original.lastSeenAt, zone, language)}</span>,
      },
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('common.actions')}</span>,
        cell: ({ row }) =>
          row.original.current ? null : (
            <Button
              variant="secondary"
              size="sm"
              aria-label={t('security.sessions.signOutLabel', { device: device(row.original) })}
              loading={revoke.isPending && revoke.variables === row.original.id}
              onClick={() => void runRevoke(row.original)}
            >
              {t('security.sessions.signOut')}
            </Button>
          ),
        meta: { className: 'w-28 text-right' },
      },
    ];
  }, [t, language, zone, revoke.isPending, revoke.variables, runRevoke]);

  const items = sessions.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card>
      <CardHeader
        title={t('security.sessions.title')}
        description={t('security.sessions.body')}
        actions={
          <Button variant="secondary" loading={signOutOthers.isPending} onClick={() => void runSignOutOthers()}>
            <LogOut aria-hidden />
            {t('account.sessions.signOutOthers')}
          </Button>
        }
      />
      {sessions.isError ? (
        <div className="p-4">
          <Alert title={t('security.sessions.loadError')}>{errorMessage(t, sessions.error)}</Alert>
        </div>
      ) : (
        <DataTable
          label={t('security.sessions.title')}
          testId="sessions-table"
          columns={columns}
          data={items}
          getRowId={(session) => session.id}
          isLoading={sessions.isPending}
          skeletonRows={2}
          empty={<EmptyState icon={MonitorSmartphone} title={t('security.sessions.unknownDevice')} />}
        />
      )}
      <LoadMore query={sessions} />
    </Card>
  );
}

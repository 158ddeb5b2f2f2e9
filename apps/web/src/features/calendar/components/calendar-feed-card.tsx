import { CalendarPlus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyField } from '../../../components/ui/copy-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feeds';
import { readFeeds, writeFeeds, type StoredFeed } from '../utils/feed-store';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Account page: a secret iCalendar link with my tasks, shown once; revocable. */
export function CalendarFeedCard({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [feeds, setFeeds] = useState<StoredFeed[]>(() => readFeeds(userId));
  const [shown, setShown] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<StoredFeed | null>(null);

  const save = (next: StoredFeed[]) => {
    setFeeds(next);
    writeFeeds(userId, next);
  };

  const onCreate = () =>
    create.mutate(undefined, {
      onSuccess: (feed) => {
        setShown(feed.url);
        save([{ id: feed.id, createdAt: feed.createdAt }, ...feeds]);
        toast.success(t('calendar.created'));
      },
      onError: (error) => toast.error(errorMessage(t, error)),
    });

  const onRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        save(feeds.filter((f) => f.id !== revoking.id));
        setRevoking(null);
        setShown(null);
        toast.success(t('calendar.revoked'));
      },
      onError: (error) => {
        // Already revoked elsewhere: forget it here too.
        if (isApiError(error) && error.status === 404) {
          save(feeds.filter((f) => f.id !== revoking.id));
          setRevoking(null);
          return;
        }
        toast.error(errorMessage(t, error));
      },
    });
  };

  return (
    <Card data-testid="calendar-feed">
      <CardHeader
        title={t('calendar.title')}
        description={t('calendar.description')}
        actions={
          <Button variant="secondary" onClick={onCreate} loading={create.isPending} data-testid="create-calendar-feed">
            <CalendarPlus aria-hidden />
            {t('calendar.create')}
          </Button>
        }
      />
      <CardBody className="flex flex-col gap-4">
        {shown ? (
          <div className="flex flex-col gap-2">
            <CopyField value={shown} label={t('calendar.urlLabel')} testId="calendar-feed-url" />
            <p className="text-[12.5px] text-muted-foreground">{t('calendar.shownOnce')}</p>
          </div>
        ) : null}
        <div>
          <h3 className="mb-1.5 text-[12.5px] font-medium text-muted-foreground">{t('calendar.feeds')}</h3>
          {feeds.length === 0 ? (
            <p className="text-[13px] text-muted-foreground">{t('calendar.none')}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-border rounded-lg border border-border">
              {feeds.map((feed) => (
                <li key={feed.id} className="flex items-center justify-between gap-3 px-3 py-2 text-[13px]">
                  <span className="tabular-nums">{t('calendar.feedCreated', { date: formatDateTime(feed.createdAt, localZone(), i18n.language) })}</span>
                  <Button variant="danger-ghost" size="sm" onClick={() => setRevoking(feed)}>
                    <Trash2 aria-hidden />
                    {t('calendar.revoke')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-[12px] text-muted-foreground">{t('calendar.otherDevices')}</p>
        </div>
      </CardBody>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={t('calendar.revokeTitle')}
        description={t('calendar.revokeBody')}
        confirmLabel={t('calendar.revoke')}
        pending={revoke.isPending}
        onConfirm={onRevoke}
      />
    </Card>
  );
}

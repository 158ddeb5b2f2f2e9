import type { calendarFeedSummarySchema } from '@rundown/domain';
import { CalendarPlus, Loader2, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { toast } from 'sonner';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useCalendarFeeds, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feeds';
import { OneTimeLink } from './one-time-link';

type Feed = z.infer<typeof calendarFeedSummarySchema>;

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Account page: my secret iCalendar links (the URL is shown once, at creation), each revocable. */
export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const feeds = useCalendarFeeds();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [shown, setShown] = useState<{ id: string; url: string } | null>(null);
  const [revoking, setRevoking] = useState<Feed | null>(null);

  const onCreate = () =>
    create.mutate(undefined, {
      onSuccess: (feed) => {
        setShown({ id: feed.id, url: feed.url });
        toast.success(t('calendar.created'));
      },
      onError: (error) => toast.error(errorMessage(t, error)),
    });

  const onRevoke = () => {
    if (!revoking) return;
    const done = () => {
      if (shown?.id === revoking.id) setShown(null);
      setRevoking(null);
    };
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        done();
        toast.success(t('calendar.revoked'));
      },
      onError: (error) => {
        // Already revoked elsewhere: the refetched list no longer shows it.
        if (isApiError(error) && error.status === 404) return done();
        toast.error(errorMessage(t, error));
      },
    });
  };

  const created = (feed: Feed) => formatDateTime(feed.createdAt, localZone(), i18n.language);

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
        {shown ? <OneTimeLink url={shown.url} testId="calendar-feed-url" /> : null}
        <div>
          <h3 className="mb-1.5 text-[12.5px] font-medium text-muted-foreground">{t('calendar.feeds')}</h3>
          {feeds.isPending ? (
            <Loader2 className="size-4 animate-spin text-muted-foreground" aria-label={t('common.loading')} />
          ) : feeds.isError ? (
            <div className="flex items-center gap-3">
              <p className="text-[13px] text-danger">{t('calendar.loadError')}</p>
              <Button variant="secondary" size="sm" onClick={() => void feeds.refetch()}>
                {t('common.retry')}
              </Button>
            </div>
          ) : feeds.data.length === 0 ? (
            <p className="text-[13px] text-muted-foreground">{t('calendar.none')}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-border rounded-lg border border-border" data-testid="calendar-feed-list">
              {feeds.data.map((feed) => (
                <li key={feed.id} className="flex items-center justify-between gap-3 px-3 py-2 text-[13px]" data-testid="calendar-feed-item">
                  <span className="flex min-w-0 items-center gap-2">
                    <Badge tone={feed.scope === 'event' ? 'info' : 'neutral'}>{feed.eventName ?? t(`calendar.feedScopes.${feed.scope}`)}</Badge>
                    <span className="truncate tabular-nums">{t('calendar.feedCreated', { date: created(feed) })}</span>
                  </span>
                  <Button variant="danger-ghost" size="sm" onClick={() => setRevoking(feed)} aria-label={t('calendar.revokeLabel', { date: created(feed) })}>
                    <Trash2 aria-hidden />
                    {t('calendar.revoke')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-[12px] text-muted-foreground">{t('calendar.feedsHint')}</p>
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

import { CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { errorMessage } from '../../../lib/errors';
import { useCreateEventCalendarFeed } from '../api/calendar-feeds';
import { OneTimeLink } from './one-time-link';

type EventCalendarDialogProps = { orgId: string; eventId: string; eventName: string; open: boolean; onOpenChange: (open: boolean) => void };

/** Makes a secret calendar link for one event's tasks and cues; the link is shown once (revoked from the account page). */
export function EventCalendarDialog({ orgId, eventId, eventName, open, onOpenChange }: EventCalendarDialogProps) {
  const { t } = useTranslation();
  const create = useCreateEventCalendarFeed(orgId, eventId);
  const [url, setUrl] = useState<string | null>(null);

  const close = (next: boolean) => {
    if (!next) setUrl(null);
    onOpenChange(next);
  };
  const onCreate = () =>
    create.mutate(undefined, {
      onSuccess: (feed) => {
        setUrl(feed.url);
        toast.success(t('calendar.created'));
      },
      onError: (error) => toast.error(errorMessage(t, error)),
    });

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent title={t('calendar.event.title')} description={t('calendar.event.description', { name: eventName })}>
        {url ? <OneTimeLink url={url} testId="event-calendar-url" /> : null}
        <DialogFooter>
          <Button variant="secondary" onClick={() => close(false)}>
            {t('common.close')}
          </Button>
          {url ? null : (
            <Button onClick={onCreate} loading={create.isPending} data-testid="create-event-calendar-feed">
              <CalendarPlus aria-hidden />
              {t('calendar.event.create')}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

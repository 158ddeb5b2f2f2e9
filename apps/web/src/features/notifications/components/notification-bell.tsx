import type { Notification } from '@rundown/domain';
import { Bell, CheckCheck, Loader2 } from 'lucide-react';
import { Popover } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { intlLocale } from '../../../lib/i18n';
import { useMarkNotificationsRead, useNotifications } from '../api/notifications';
import { notificationSentence, relativeTime } from '../utils/notification-sentence';

export type NotificationBellProps = {
  /** Opens a dashboard path (the notification's link). */
  onNavigate: (link: string) => void;
  side?: 'top' | 'bottom' | 'right';
  className?: string;
};

/** The bell in the app shell: unread count, newest notifications in the reader's language, mark read. */
export function NotificationBell({ onNavigate, side = 'bottom', className }: NotificationBellProps) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const [open, setOpen] = useState(false);
  const query = useNotifications();
  const mark = useMarkNotificationsRead();
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];

  const openOne = (n: Notification) => {
    if (!n.readAt) mark.mutate({ ids: [n.id] });
    setOpen(false);
    if (n.link && n.link.startsWith('/') && !n.link.startsWith('//')) onNavigate(n.link);
  };

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <Button
          variant="ghost"
          size="icon"
          className={cn('relative', className)}
          aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
          data-testid="notification-bell"
        >
          <Bell aria-hidden />
          {unread > 0 ? (
            <span
              aria-hidden
              data-testid="notification-count"
              className="absolute -top-0.5 -right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-danger px-1 text-[10px] leading-none font-semibold text-danger-foreground tabular-nums ring-2 ring-sidebar"
            >
              {unread > 99 ? '99+' : unread}
            </span>
          ) : null}
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side={side}
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 flex max-h-[min(32rem,var(--radix-popover-content-available-height))] w-[min(24rem,calc(100vw-1rem))] animate-in flex-col overflow-hidden rounded-xl border border-border bg-surface shadow-xl outline-none"
          data-testid="notifications"
        >
          <div className="flex items-center justify-between gap-2 border-b border-border px-4 py-2.5">
            <h2 className="text-[13.5px] font-semibold">{t('notifications.title')}</h2>
            <Button variant="ghost" size="sm" disabled={unread === 0 || mark.isPending} onClick={() => mark.mutate({ all: true })}>
              <CheckCheck aria-hidden />
              {t('notifications.markAll')}
            </Button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            {query.isPending ? (
              <div className="flex justify-center py-8">
                <Loader2 className="size-4 animate-spin text-muted-foreground" aria-label={t('common.loading')} />
              </div>
            ) : query.isError ? (
              <p className="px-4 py-6 text-[13px] text-danger">{`${t('notifications.loadError')} ${errorMessage(t, query.error)}`}</p>
            ) : items.length === 0 ? (
              <p className="px-4 py-10 text-center text-[13px] text-muted-foreground">{t('notifications.empty')}</p>
            ) : (
              <ul>
                {items.map((n) => (
                  <li key={n.id} className="border-b border-border/60 last:border-b-0">
                    <button
                      type="button"
                      onClick={() => openOne(n)}
                      className={cn('flex w-full cursor-pointer gap-2.5 px-4 py-3 text-left hover:bg-muted/60 focus-visible:bg-muted/60 focus-visible:outline-none', !n.readAt && 'bg-accent/30')}
                      data-testid="notification"
                    >
                      <span className={cn('mt-1.5 size-2 shrink-0 rounded-full', n.readAt ? 'bg-transparent' : 'bg-primary')} aria-hidden />
                      <span className="flex min-w-0 flex-col gap-0.5">
                        <span className={cn('text-[13px] leading-snug', !n.readAt && 'font-medium')}>
                          {!n.readAt ? <span className="sr-only">{t('notifications.unreadDot')}: </span> : null}
                          {notificationSentence(t, n, locale)}
                        </span>
                        <span className="text-[11.5px] text-muted-foreground">
                          {[n.organizationName, relativeTime(n.createdAt, Date.now(), locale)].filter(Boolean).join(' · ')}
                        </span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

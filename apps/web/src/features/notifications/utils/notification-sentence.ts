import type { Notification } from '@rundown/domain';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, localTimeZone } from '../../../lib/format';

/** A notification's date in the reader's language and zone, e.g. "19 Des 2026, 22.00 WIB". */
function formatDue(iso: string, locale: string, timeZone?: string): string {
  return formatDateTime(iso, timeZone ?? localTimeZone(), locale, { zone: true });
}

/**
 * The sentence for a notification in the current language. The API sends only `kind` and
 * `data`, so the words are ours: the same notification reads in Indonesian or English
 * depending on who looks at it.
 */
export function notificationSentence(t: TFunction, notification: Pick<Notification, 'kind' | 'data'>, locale: string, timeZone?: string): string {
  const { data } = notification;
  const values = { actor: data.actorName ?? t('notifications.someone'), task: data.taskTitle, event: data.eventName };
  switch (notification.kind) {
    case 'task_assigned':
      return t('notifications.kinds.task_assigned', values);
    case 'task_due_changed':
      return data.endAt
        ? t('notifications.kinds.task_due_changed_at', { ...values, due: formatDue(data.endAt, locale, timeZone) })
        : t('notifications.kinds.task_due_changed', values);
    case 'task_comment':
      return t('notifications.kinds.task_comment', { ...values, comment: data.comment ?? '' });
    case 'task_status_changed':
      return data.status
        ? t('notifications.kinds.task_status_changed_to', { ...values, status: t(`taskStatuses.${data.status}`) })
        : t('notifications.kinds.task_status_changed', values);
  }
}

/** "5 min ago", "yesterday" — relative, in the reader's language. */
export function relativeTime(iso: string, now: number, locale: string): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(seconds, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86_400) return format.format(Math.round(seconds / 86_400), 'day');
  return formatDate(iso, localTimeZone(), locale);
}

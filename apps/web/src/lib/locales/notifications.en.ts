import type { DeepStrings } from './types';

/** English: notifications. `notifications.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const notificationsEn = {
  notifications: {
    bell: 'Notifications',
    bellUnread_one: 'Notifications, {{count}} unread',
    bellUnread_other: 'Notifications, {{count}} unread',
    title: 'Notifications',
    markAll: 'Mark all read',
    empty: 'You are all caught up.',
    loadError: 'Could not load notifications.',
    someone: 'Someone',
    unreadDot: 'Unread',
    kinds: {
      task_assigned: '{{actor}} assigned you “{{task}}” in {{event}}',
      task_due_changed: '{{actor}} changed the dates of “{{task}}” in {{event}}',
      task_due_changed_at: '{{actor}} changed the dates of “{{task}}” in {{event}}; it now ends {{due}}',
      task_comment: '{{actor}} commented on “{{task}}”: {{comment}}',
      task_status_changed: '{{actor}} changed the status of “{{task}}” in {{event}}',
      task_status_changed_to: '{{actor}} set “{{task}}” in {{event}} to {{status}}',
    },
  },
} as const;

export type NotificationsResources = DeepStrings<typeof notificationsEn>;

import type { NotificationsResources } from './notifications.en';

export const notificationsId: NotificationsResources = {
  notifications: {
    bell: 'Notifikasi',
    bellUnread_one: 'Notifikasi, {{count}} belum dibaca',
    bellUnread_other: 'Notifikasi, {{count}} belum dibaca',
    title: 'Notifikasi',
    markAll: 'Tandai semua sudah dibaca',
    empty: 'Tidak ada yang baru.',
    loadError: 'Notifikasi tidak dapat dimuat.',
    someone: 'Seseorang',
    unreadDot: 'Belum dibaca',
    kinds: {
      task_assigned: '{{actor}} menugaskan “{{task}}” kepada Anda di {{event}}',
      task_due_changed: '{{actor}} mengubah jadwal “{{task}}” di {{event}}',
      task_due_changed_at: '{{actor}} mengubah jadwal “{{task}}” di {{event}}; kini selesai {{due}}',
      task_comment: '{{actor}} berkomentar pada “{{task}}”: {{comment}}',
      task_status_changed: '{{actor}} mengubah status “{{task}}” di {{event}}',
      task_status_changed_to: '{{actor}} mengubah status “{{task}}” di {{event}} menjadi {{status}}',
    },
  },
};

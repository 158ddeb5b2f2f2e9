import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination.js';
import { idList, idSchema, isoDateTimeSchema } from '../common/primitives.js';
import { taskStatusSchema, type TaskStatus } from '../schedule/task.schemas.js';

export const NOTIFICATION_KINDS = ['task_assigned', 'task_due_changed', 'task_comment', 'task_status_changed'] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

export const notificationSchema = z
  .object({
    id: idSchema,
    kind: notificationKindSchema,
    organizationName: z.string().nullable(),
    /** What the dashboard needs to say it in the reader's language. */
    data: z.object({
      taskTitle: z.string(),
      eventName: z.string(),
      actorName: z.string().nullable(),
      endAt: isoDateTimeSchema.optional(),
      comment: z.string().optional(),
      /** task_status_changed: the new status. */
      status: taskStatusSchema.optional(),
    }),
    /** A dashboard path to open. */
    link: z.string().nullable(),
    readAt: isoDateTimeSchema.nullable(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export type NotificationData = Notification['data'];

const STATUS_WORDS: Record<'id-ID' | 'en', Record<TaskStatus, string>> = {
  'id-ID': { todo: 'Belum mulai', in_progress: 'Sedang dikerjakan', blocked: 'Terhambat', done: 'Selesai' },
  en: { todo: 'To do', in_progress: 'In progress', blocked: 'Blocked', done: 'Done' },
};

/** The email text for a notification, in the recipient's language. */
export function notificationText(kind: Notification['kind'], data: NotificationData, locale: 'id-ID' | 'en'): { subject: string; body: string } {
  const id = locale === 'id-ID';
  const who = data.actorName ?? (id ? 'Seseorang' : 'Someone');
  switch (kind) {
    case 'task_assigned':
      return id
        ? { subject: `Tugas baru: ${data.taskTitle}`, body: `${who} menugaskan "${data.taskTitle}" (${data.eventName}) kepada Anda.` }
        : { subject: `New task: ${data.taskTitle}`, body: `${who} assigned "${data.taskTitle}" (${data.eventName}) to you.` };
    case 'task_due_changed':
      return id
        ? { subject: `Tenggat berubah: ${data.taskTitle}`, body: `${who} mengubah jadwal "${data.taskTitle}" (${data.eventName}).` }
        : { subject: `Due date changed: ${data.taskTitle}`, body: `${who} changed the schedule of "${data.taskTitle}" (${data.eventName}).` };
    case 'task_comment':
      return id
        ? { subject: `Komentar baru: ${data.taskTitle}`, body: `${who} berkomentar pada "${data.taskTitle}": ${data.comment ?? ''}` }
        : { subject: `New comment: ${data.taskTitle}`, body: `${who} commented on "${data.taskTitle}": ${data.comment ?? ''}` };
    case 'task_status_changed': {
      const status = data.status ? STATUS_WORDS[locale][data.status] : '';
      return id
        ? { subject: `Status berubah: ${data.taskTitle}`, body: `${who} mengubah status "${data.taskTitle}" (${data.eventName}) menjadi ${status}.` }
        : { subject: `Status changed: ${data.taskTitle}`, body: `${who} changed the status of "${data.taskTitle}" (${data.eventName}) to ${status}.` };
    }
  }
}

export const notificationListQuerySchema = pageQuerySchema.extend({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
export const markReadSchema = z.union([z.object({ ids: idList(500).min(1) }), z.object({ all: z.literal(true) })]);
export const markedSchema = z.object({ updated: z.number().int(), unread: z.number().int() });

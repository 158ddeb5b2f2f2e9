import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateTimeSchema } from '../common/primitives.js';

export const NOTIFICATION_KINDS = ['task_assigned', 'task_due_changed', 'task_comment'] as const;
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
    }),
    /** A dashboard path to open. */
    link: z.string().nullable(),
    readAt: isoDateTimeSchema.nullable(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export type NotificationData = Notification['data'];

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
  }
}

export const notificationListQuerySchema = pageQuerySchema.extend({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
export const markReadSchema = z.union([z.object({ ids: z.array(idSchema).min(1).max(500) }), z.object({ all: z.literal(true) })]);
export const markedSchema = z.object({ updated: z.number().int(), unread: z.number().int() });

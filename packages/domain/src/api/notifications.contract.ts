import { z } from 'zod';
import { pageOf } from '../common/pagination.js';
import { markedSchema, markReadSchema, notificationListQuerySchema, notificationSchema } from '../notifications/notification.schemas.js';
import { userAccess } from './access.js';
import { route } from './route.js';

export const notificationsApi = {
  notifications: route({
    method: 'GET', path: '/api/me/notifications', tag: 'notifications', summary: 'My notifications, newest first',
    access: userAccess, query: notificationListQuerySchema, response: pageOf(notificationSchema).extend({ unread: z.number().int() }),
  }),
  markNotificationsRead: route({
    method: 'POST', path: '/api/me/notifications/read', tag: 'notifications', summary: 'Mark some or all notifications read',
    access: userAccess, body: markReadSchema, response: markedSchema,
  }),
};

import { z } from 'zod';
import type { Permission } from '../access/permissions.js';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema } from '../common/primitives.js';
import { createdInvitationSchema } from '../organizations/organization.schemas.js';
import {
  attachmentSchema,
  commentSchema,
  createChecklistItemSchema,
  createCommentSchema,
  createDependencySchema,
  createTaskSchema,
  dependencySchema,
  moveChecklistItemSchema,
  moveResultSchema,
  moveTaskSchema,
  scheduleBaselineSchema,
  scheduleComparisonSchema,
  scheduleSchema,
  taskListQuerySchema,
  taskAttachmentSchema,
  taskSchema,
  updateChecklistItemSchema,
  updateTaskSchema,
  uploadAttachmentSchema,
} from '../schedule/task.schemas.js';
import {
  createVendorSchema,
  inviteVendorUserSchema,
  toggleChecklistSchema,
  updateVendorSchema,
  updateVendorTaskSchema,
  vendorListQuerySchema,
  vendorSchema,
  vendorTaskListQuerySchema,
  vendorTaskSchema,
} from '../vendors/vendor.schemas.js';
import { createCueSchema, isoDaySchema, liveActionSchema, moveCueSchema, rundownSchema, setRundownDaySchema, updateCueSchema } from '../rundown/rundown.js';
import { markedSchema, markReadSchema, notificationListQuerySchema, notificationSchema } from '../notifications/notification.schemas.js';
import { route } from './route.js';

const org = (permission: Permission) => ({ kind: 'org', permission }) as const;
const userAccess = { kind: 'user' } as const;
const publicAccess = { kind: 'public' } as const;

const eventParams = z.object({ orgId: idSchema, eventId: idSchema });
const taskParams = eventParams.extend({ taskId: idSchema });
const vendorParams = z.object({ orgId: idSchema, vendorId: idSchema });
const checklistParams = taskParams.extend({ itemId: idSchema });
const attachmentParams = taskParams.extend({ attachmentId: idSchema });
const myTaskParams = z.object({ taskId: idSchema });
const EVENT = '/api/orgs/:orgId/events/:eventId';
const TASKS = `${EVENT}/tasks`;
const UPLOAD_LIMIT = 15 * 1024 * 1024;
const RUNDOWN = `${EVENT}/rundown/:day`;
const dayParams = eventParams.extend({ day: isoDaySchema });

/** A user feed holds the tasks and cues assigned to the user; an event feed holds every task and cue of one event. */
export const calendarFeedSchema = z.object({
  id: idSchema,
  scope: z.enum(['user', 'event']),
  eventId: idSchema.nullable(),
  eventName: z.string().nullable(),
  url: z.string(),
  createdAt: z.string(),
});
/** A feed as listed later: never its secret URL (only the token's hash is stored). */
export const calendarFeedSummarySchema = calendarFeedSchema.omit({ url: true });

export const timelineApi = {
  listTasks: route({
    method: 'GET', path: TASKS, tag: 'timeline', summary: 'Phases, tasks and milestones of an event',
    access: org('schedule.read'), params: eventParams, query: taskListQuerySchema, response: pageOf(taskSchema),
  }),
  createTask: route({
    method: 'POST', path: TASKS, tag: 'timeline', summary: 'Add a phase, task or milestone',
    access: org('schedule.write'), params: eventParams, body: createTaskSchema, response: taskSchema, successStatus: 201, versioned: true,
  }),
  updateTask: route({
    method: 'PATCH', path: `${TASKS}/:taskId`, tag: 'timeline', summary: 'Edit a task (If-Match required); use move to shift dependents',
    access: org('schedule.write'), params: taskParams, body: updateTaskSchema, response: taskSchema, versioned: true,
  }),
  deleteTask: route({
    method: 'DELETE', path: `${TASKS}/:taskId`, tag: 'timeline', summary: 'Delete a task and its dependencies',
    access: org('schedule.write'), params: taskParams, response: null, successStatus: 204,
  }),
  moveTask: route({
    method: 'POST', path: `${TASKS}/:taskId/move`, tag: 'timeline',
    summary: 'Move a task; dependents that would break shift later (preview: true returns the shifts without saving)',
    access: org('schedule.write'), params: taskParams, body: moveTaskSchema, response: moveResultSchema,
  }),
  listDependencies: route({
    method: 'GET', path: `${EVENT}/dependencies`, tag: 'timeline', summary: 'Dependencies between tasks',
    access: org('schedule.read'), params: eventParams, query: pageQuerySchema.extend({ limit: z.coerce.number().int().min(1).max(10000).default(5000) }),
    response: pageOf(dependencySchema),
  }),
  createDependency: route({
    method: 'POST', path: `${EVENT}/dependencies`, tag: 'timeline', summary: 'Link two tasks (a cycle is refused, naming it)',
    access: org('schedule.write'), params: eventParams, body: createDependencySchema, response: dependencySchema, successStatus: 201,
  }),
  deleteDependency: route({
    method: 'DELETE', path: `${EVENT}/dependencies/:dependencyId`, tag: 'timeline', summary: 'Remove a dependency',
    access: org('schedule.write'), params: eventParams.extend({ dependencyId: idSchema }), response: null, successStatus: 204,
  }),
  schedule: route({
    method: 'GET', path: `${EVENT}/schedule`, tag: 'timeline', summary: 'Critical path, earliest/latest starts and slack',
    access: org('schedule.read'), params: eventParams, response: scheduleSchema,
  }),
  listScheduleBaselines: route({
    method: 'GET', path: `${EVENT}/schedule/baselines`, tag: 'timeline', summary: 'Saved baselines of the schedule',
    access: org('schedule.read'), params: eventParams, query: pageQuerySchema, response: pageOf(scheduleBaselineSchema),
  }),
  createScheduleBaseline: route({
    method: 'POST', path: `${EVENT}/schedule/baselines`, tag: 'timeline', summary: 'Save the current schedule as a named baseline',
    access: org('schedule.write'), params: eventParams, body: z.object({ name: z.string().trim().min(1).max(120) }), response: scheduleBaselineSchema,
    successStatus: 201,
  }),
  compareScheduleBaseline: route({
    method: 'GET', path: `${EVENT}/schedule/baselines/:baselineId/comparison`, tag: 'timeline', summary: 'Planned (baseline) against current dates, with slip per task',
    access: org('schedule.read'), params: eventParams.extend({ baselineId: idSchema }), response: scheduleComparisonSchema,
  }),
  listComments: route({
    method: 'GET', path: `${TASKS}/:taskId/comments`, tag: 'timeline', summary: "A task's comments",
    access: org('schedule.read'), params: taskParams, query: pageQuerySchema, response: pageOf(commentSchema),
  }),
  createComment: route({
    method: 'POST', path: `${TASKS}/:taskId/comments`, tag: 'timeline', summary: 'Comment on a task',
    access: org('schedule.read'), params: taskParams, body: createCommentSchema, response: commentSchema, successStatus: 201,
  }),
  addChecklistItem: route({
    method: 'POST', path: `${TASKS}/:taskId/checklist`, tag: 'timeline', summary: "Add an item to a task's checklist (at the end, or at a position); returns the task",
    access: org('schedule.write'), params: taskParams, body: createChecklistItemSchema, response: taskSchema, successStatus: 201,
  }),
  updateChecklistItem: route({
    method: 'PATCH', path: `${TASKS}/:taskId/checklist/:itemId`, tag: 'timeline', summary: 'Rename, tick or untick a checklist item; returns the task',
    access: org('schedule.write'), params: checklistParams, body: updateChecklistItemSchema, response: taskSchema,
  }),
  moveChecklistItem: route({
    method: 'POST', path: `${TASKS}/:taskId/checklist/:itemId/move`, tag: 'timeline', summary: 'Reorder a checklist item; returns the task',
    access: org('schedule.write'), params: checklistParams, body: moveChecklistItemSchema, response: taskSchema,
  }),
  deleteChecklistItem: route({
    method: 'DELETE', path: `${TASKS}/:taskId/checklist/:itemId`, tag: 'timeline', summary: 'Remove a checklist item; returns the task',
    access: org('schedule.write'), params: checklistParams, response: taskSchema,
  }),
  listTaskAttachments: route({
    method: 'GET', path: `${TASKS}/:taskId/attachments`, tag: 'timeline', summary: "A task's files (the organization's and its vendor's), oldest first",
    access: org('schedule.read'), params: taskParams, query: pageQuerySchema, response: pageOf(taskAttachmentSchema),
  }),
  uploadTaskAttachment: route({
    method: 'POST', path: `${TASKS}/:taskId/attachments`, tag: 'timeline', summary: 'Attach a file to a task (base64, ≤ 10 MB); its vendor sees it too',
    access: org('schedule.write'), params: taskParams, body: uploadAttachmentSchema, response: taskAttachmentSchema, successStatus: 201, bodyLimit: UPLOAD_LIMIT,
  }),
  downloadTaskAttachment: route({
    method: 'GET', path: `${TASKS}/:taskId/attachments/:attachmentId`, tag: 'timeline', summary: "Download a task's file",
    access: org('schedule.read'), params: attachmentParams, response: null, produces: 'application/octet-stream',
  }),
  deleteTaskAttachment: route({
    method: 'DELETE', path: `${TASKS}/:taskId/attachments/:attachmentId`, tag: 'timeline',
    summary: "Remove a task's file: one's own with schedule.write, anyone's with schedule.manage",
    access: org('schedule.write'), params: attachmentParams, response: null, successStatus: 204,
  }),
  listVendors: route({
    method: 'GET', path: '/api/orgs/:orgId/vendors', tag: 'vendors', summary: 'Vendor directory',
    access: org('vendors.read'), params: z.object({ orgId: idSchema }), query: vendorListQuerySchema, response: pageOf(vendorSchema),
  }),
  createVendor: route({
    method: 'POST', path: '/api/orgs/:orgId/vendors', tag: 'vendors', summary: 'Add a vendor',
    access: org('vendors.write'), params: z.object({ orgId: idSchema }), body: createVendorSchema, response: vendorSchema, successStatus: 201,
  }),
  updateVendor: route({
    method: 'PATCH', path: '/api/orgs/:orgId/vendors/:vendorId', tag: 'vendors', summary: 'Edit a vendor',
    access: org('vendors.write'), params: vendorParams, body: updateVendorSchema, response: vendorSchema,
  }),
  deleteVendor: route({
    method: 'DELETE', path: '/api/orgs/:orgId/vendors/:vendorId', tag: 'vendors', summary: 'Delete a vendor (its tasks become unassigned)',
    access: org('vendors.write'), params: vendorParams, response: null, successStatus: 204,
  }),
  inviteVendorUser: route({
    method: 'POST', path: '/api/orgs/:orgId/vendors/:vendorId/invitations', tag: 'vendors',
    summary: "Invite a person of this vendor by link (role vendor; one login can serve several organizations)",
    access: org('vendors.write'), params: vendorParams, body: inviteVendorUserSchema, response: createdInvitationSchema, successStatus: 201,
  }),
  myTasks: route({
    method: 'GET', path: '/api/me/tasks', tag: 'vendor portal', summary: 'Tasks assigned to my vendor companies, across organizations',
    access: userAccess, query: vendorTaskListQuerySchema, response: pageOf(vendorTaskSchema),
  }),
  updateMyTask: route({
    method: 'PATCH', path: '/api/me/tasks/:taskId', tag: 'vendor portal', summary: 'Change the status of a task assigned to me (If-Match)',
    access: userAccess, params: myTaskParams, body: updateVendorTaskSchema, response: vendorTaskSchema, versioned: true,
  }),
  toggleMyChecklistItem: route({
    method: 'PATCH', path: '/api/me/tasks/:taskId/checklist/:itemId', tag: 'vendor portal', summary: 'Tick or untick a checklist item',
    access: userAccess, params: myTaskParams.extend({ itemId: idSchema }), body: toggleChecklistSchema, response: vendorTaskSchema,
  }),
  myTaskComments: route({
    method: 'GET', path: '/api/me/tasks/:taskId/comments', tag: 'vendor portal', summary: "A task's comments",
    access: userAccess, params: myTaskParams, query: pageQuerySchema, response: pageOf(commentSchema),
  }),
  commentOnMyTask: route({
    method: 'POST', path: '/api/me/tasks/:taskId/comments', tag: 'vendor portal', summary: 'Comment on a task assigned to me',
    access: userAccess, params: myTaskParams, body: createCommentSchema, response: commentSchema, successStatus: 201,
  }),
  uploadToMyTask: route({
    method: 'POST', path: '/api/me/tasks/:taskId/attachments', tag: 'vendor portal', summary: 'Upload a deliverable or an invoice (base64, ≤ 10 MB)',
    access: userAccess, params: myTaskParams, body: uploadAttachmentSchema, response: attachmentSchema, successStatus: 201, bodyLimit: UPLOAD_LIMIT,
  }),
  downloadAttachment: route({
    method: 'GET', path: '/api/me/tasks/:taskId/attachments/:attachmentId', tag: 'vendor portal', summary: 'Download a file of a task I can see',
    access: userAccess, params: myTaskParams.extend({ attachmentId: idSchema }), response: null, produces: 'application/octet-stream',
  }),
  rundown: route({
    method: 'GET', path: `${RUNDOWN}`, tag: 'rundown', summary: "A day's run of show: cues with planned times, and the live state",
    access: org('schedule.read'), params: dayParams, response: rundownSchema, versioned: true,
  }),
  setRundownDay: route({
    method: 'PUT', path: `${RUNDOWN}`, tag: 'rundown', summary: "Create the day's rundown or change when it starts (times recompute)",
    access: org('schedule.write'), params: dayParams, body: setRundownDaySchema, response: rundownSchema, versioned: true,
  }),
  createCue: route({
    method: 'POST', path: `${RUNDOWN}/cues`, tag: 'rundown', summary: 'Add a cue (at the end, or at a position)',
    access: org('schedule.write'), params: dayParams, body: createCueSchema, response: rundownSchema, successStatus: 201, versioned: true,
  }),
  updateCue: route({
    method: 'PATCH', path: `${RUNDOWN}/cues/:cueId`, tag: 'rundown', summary: 'Edit a cue (If-Match with the cue version)',
    access: org('schedule.write'), params: dayParams.extend({ cueId: idSchema }), body: updateCueSchema, response: rundownSchema,
  }),
  moveCue: route({
    method: 'POST', path: `${RUNDOWN}/cues/:cueId/move`, tag: 'rundown', summary: 'Reorder a cue; planned times recompute',
    access: org('schedule.write'), params: dayParams.extend({ cueId: idSchema }), body: moveCueSchema, response: rundownSchema,
  }),
  deleteCue: route({
    method: 'DELETE', path: `${RUNDOWN}/cues/:cueId`, tag: 'rundown', summary: 'Remove a cue',
    access: org('schedule.write'), params: dayParams.extend({ cueId: idSchema }), response: rundownSchema,
  }),
  controlLive: route({
    method: 'POST', path: `${RUNDOWN}/live`, tag: 'rundown', summary: 'Show caller: start, next, previous, stop or reset the live show',
    access: org('schedule.write'), params: dayParams, body: liveActionSchema, response: rundownSchema,
  }),
  liveStream: route({
    method: 'GET', path: `${RUNDOWN}/live/stream`, tag: 'rundown', summary: 'Server-Sent Events: the rundown now, then every change as it happens',
    access: org('schedule.read'), params: dayParams, response: null, produces: 'text/event-stream',
  }),
  notifications: route({
    method: 'GET', path: '/api/me/notifications', tag: 'notifications', summary: 'My notifications, newest first',
    access: userAccess, query: notificationListQuerySchema, response: pageOf(notificationSchema).extend({ unread: z.number().int() }),
  }),
  markNotificationsRead: route({
    method: 'POST', path: '/api/me/notifications/read', tag: 'notifications', summary: 'Mark some or all notifications read',
    access: userAccess, body: markReadSchema, response: markedSchema,
  }),
  createCalendarFeed: route({
    method: 'POST', path: '/api/me/calendar-feeds', tag: 'calendar', summary: 'A secret iCalendar URL with my tasks (shown once)',
    access: userAccess, response: calendarFeedSchema, successStatus: 201,
  }),
  createEventCalendarFeed: route({
    method: 'POST', path: `${EVENT}/calendar-feeds`, tag: 'calendar', summary: "A secret iCalendar URL with the event's tasks and cues (shown once)",
    access: org('schedule.read'), params: eventParams, response: calendarFeedSchema, successStatus: 201,
  }),
  listCalendarFeeds: route({
    method: 'GET', path: '/api/me/calendar-feeds', tag: 'calendar', summary: 'My calendar URLs that are not revoked, newest first (without the secret)',
    access: userAccess, query: pageQuerySchema, response: pageOf(calendarFeedSummarySchema),
  }),
  revokeCalendarFeed: route({
    method: 'DELETE', path: '/api/me/calendar-feeds/:feedId', tag: 'calendar', summary: 'Revoke a calendar URL',
    access: userAccess, params: z.object({ feedId: idSchema }), response: null, successStatus: 204,
  }),
  calendarFeed: route({
    method: 'GET', path: '/api/calendar/:token', tag: 'calendar', summary: 'The iCalendar feed behind a secret token',
    access: publicAccess, params: z.object({ token: z.string().regex(/^[\w-]{20,100}(\.ics)?$/) }), response: null, produces: 'text/calendar',
  }),
};

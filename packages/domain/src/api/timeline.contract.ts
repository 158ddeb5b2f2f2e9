import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema, str } from '../common/primitives.js';
import {
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
import { EVENT, eventParams, org, UPLOAD_LIMIT } from './access.js';
import { route } from './route.js';

const taskParams = eventParams.extend({ taskId: idSchema });
const checklistParams = taskParams.extend({ itemId: idSchema });
const attachmentParams = taskParams.extend({ attachmentId: idSchema });
const TASKS = `${EVENT}/tasks`;

/** Tasks, dependencies, the schedule and its baselines, comments, checklists and task files. */
export const tasksApi = {
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
    access: org('schedule.read'), params: eventParams, query: pageQuerySchema.extend({ limit: z.coerce.number().int().min(1).max(10000).default(500) }),
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
    access: org('schedule.write'), params: eventParams, body: z.object({ name: str().trim().min(1).max(120) }), response: scheduleBaselineSchema,
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
};

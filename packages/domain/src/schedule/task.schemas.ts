import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination.js';
import { idList, idSchema, isoDateTimeSchema, optionalText, searchQuerySchema, str, text } from '../common/primitives.js';

export const TASK_KINDS = ['phase', 'task', 'milestone'] as const;
export const taskKindSchema = z.enum(TASK_KINDS);
export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatusSchema>;
export const taskPrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
export const dependencyTypeSchema = z.enum(['FS', 'SS', 'FF', 'SF']);

/** A checklist holds at most this many items (creation and additions alike). */
export const CHECKLIST_MAX_ITEMS = 100;
export const checklistItemSchema = z.object({ id: idSchema, title: z.string(), done: z.boolean(), doneBy: z.string().nullable() });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const taskSchema = z
  .object({
    id: idSchema,
    eventId: idSchema,
    parentId: idSchema.nullable(),
    kind: taskKindSchema,
    title: z.string(),
    description: z.string().nullable(),
    location: z.string().nullable(),
    /** One of the event's places (its free-text location stays as a note). */
    placeId: idSchema.nullable(),
    startAt: isoDateTimeSchema,
    endAt: isoDateTimeSchema,
    status: taskStatusSchema,
    priority: taskPrioritySchema,
    sortOrder: z.number().int(),
    assigneeIds: z.array(idSchema),
    vendorId: idSchema.nullable(),
    checklist: z.array(checklistItemSchema),
    version: z.number().int(),
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof taskSchema>;

const endNotBeforeStart = (v: { startAt?: string; endAt?: string }) => !v.startAt || !v.endAt || Date.parse(v.endAt) >= Date.parse(v.startAt);
const endIssue = { message: 'End must not be before start', path: ['endAt'] };

const taskFields = z.object({
  parentId: idSchema.nullable(),
  kind: taskKindSchema,
  title: text(200),
  description: optionalText(5000),
  location: optionalText(200),
  placeId: idSchema.nullable(),
  startAt: isoDateTimeSchema,
  endAt: isoDateTimeSchema,
  status: taskStatusSchema,
  priority: taskPrioritySchema,
  sortOrder: z.number().int().min(0).max(100_000_000),
  assigneeIds: idList(50),
  vendorId: idSchema.nullable(),
  checklist: z.array(z.object({ title: text(200), done: z.boolean().default(false) })).max(CHECKLIST_MAX_ITEMS),
});

export const createTaskSchema = taskFields
  .partial()
  .extend({
    title: text(200),
    startAt: isoDateTimeSchema,
    endAt: isoDateTimeSchema,
  })
  .refine(endNotBeforeStart, endIssue);
export type CreateTaskInput = z.infer<typeof createTaskSchema>;

export const updateTaskSchema = taskFields
  .omit({ checklist: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' })
  .refine(endNotBeforeStart, endIssue);
export type UpdateTaskInput = z.infer<typeof updateTaskSchema>;

/** Add an item: at the end, or at a position (0 = first). */
export const createChecklistItemSchema = z.object({
  title: text(200),
  done: z.boolean().default(false),
  position: z.number().int().min(0).max(CHECKLIST_MAX_ITEMS).optional(),
});
/** Rename and/or tick an item. */
export const updateChecklistItemSchema = z
  .object({ title: text(200), done: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export const moveChecklistItemSchema = z.object({ position: z.number().int().min(0).max(CHECKLIST_MAX_ITEMS) });

/** The default page is a screenful; the Gantt asks for larger pages after its first (up to 5,000). */
export const taskListQuerySchema = pageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  status: taskStatusSchema.optional(),
  vendorId: idSchema.optional(),
  q: searchQuerySchema,
});

export const dependencySchema = z
  .object({ id: idSchema, predecessorId: idSchema, successorId: idSchema, type: dependencyTypeSchema, lagMinutes: z.number().int() })
  .meta({ id: 'Dependency' });
export type Dependency = z.infer<typeof dependencySchema>;

export const createDependencySchema = z
  .object({
    predecessorId: idSchema,
    successorId: idSchema,
    type: dependencyTypeSchema.default('FS'),
    lagMinutes: z.number().int().min(-525_600).max(525_600).default(0),
  })
  .refine((v) => v.predecessorId !== v.successorId, { message: 'A task cannot depend on itself', path: ['successorId'] });

export const moveTaskSchema = z.object({
  startAt: isoDateTimeSchema,
  /** Keep the duration (default) or set a new end. */
  endAt: isoDateTimeSchema.optional(),
  /** true: compute and return the shifts without saving them. */
  preview: z.boolean().default(false),
});

export const taskShiftSchema = z.object({ taskId: idSchema, title: z.string(), fromStart: isoDateTimeSchema, toStart: isoDateTimeSchema });
export const moveResultSchema = z.object({ applied: z.boolean(), shifts: z.array(taskShiftSchema) });

export const scheduleSchema = z
  .object({
    projectStart: isoDateTimeSchema.nullable(),
    projectFinish: isoDateTimeSchema.nullable(),
    criticalPath: z.array(idSchema),
    tasks: z.array(
      z.object({ taskId: idSchema, earliestStart: isoDateTimeSchema, latestStart: isoDateTimeSchema, slackMinutes: z.number().int(), critical: z.boolean() }),
    ),
  })
  .meta({ id: 'ScheduleAnalysis' });

export const scheduleBaselineSchema = z.object({ id: idSchema, name: z.string(), createdAt: isoDateTimeSchema, taskCount: z.number().int() });
export const scheduleComparisonSchema = z.object({
  baseline: scheduleBaselineSchema,
  tasks: z.array(
    z.object({
      taskId: idSchema,
      title: z.string(),
      plannedStart: isoDateTimeSchema.nullable(),
      plannedEnd: isoDateTimeSchema.nullable(),
      currentStart: isoDateTimeSchema.nullable(),
      currentEnd: isoDateTimeSchema.nullable(),
      /** Minutes the finish moved since the baseline (positive = later). */
      slipMinutes: z.number().int().nullable(),
    }),
  ),
});

export const commentSchema = z.object({ id: idSchema, author: z.string().nullable(), body: z.string(), createdAt: isoDateTimeSchema }).meta({ id: 'Comment' });
export const createCommentSchema = z.object({ body: text(5000) });

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const attachmentSchema = z
  .object({
    id: idSchema,
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    kind: z.enum(['deliverable', 'invoice', 'other']),
    uploadedBy: z.string().nullable(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'Attachment' });
/** A task's file as the organization sees it: `canDelete` says whether the caller may remove it. */
export const taskAttachmentSchema = attachmentSchema.extend({ canDelete: z.boolean() }).meta({ id: 'TaskAttachment' });
export type TaskAttachment = z.infer<typeof taskAttachmentSchema>;
export const uploadAttachmentSchema = z.object({
  filename: text(200).refine((v) => !/[\\/\u0000]/.test(v), 'No slashes in file names'),
  contentType: str().trim().regex(/^[\w.+-]+\/[\w.+-]+$/, 'A MIME type such as application/pdf').max(100),
  kind: z.enum(['deliverable', 'invoice', 'other']).default('other'),
  /** The file, base64-encoded (bodies are JSON only). */
  data: z.base64().refine((v) => (v.length * 3) / 4 <= ATTACHMENT_MAX_BYTES, 'At most 10 MB'),
});

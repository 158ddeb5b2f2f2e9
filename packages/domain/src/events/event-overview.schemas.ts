import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../common/primitives.js';
import { isoDaySchema } from '../rundown/rundown.js';
import { taskKindSchema, taskStatusSchema } from '../schedule/task.schemas.js';

const upcomingTaskSchema = z.object({ id: idSchema, title: z.string(), kind: taskKindSchema, startAt: isoDateTimeSchema, endAt: isoDateTimeSchema, status: taskStatusSchema });

/** Where an event's plan stands, for its overview page: task progress and the show days. */
export const eventOverviewSchema = z
  .object({
    tasks: z.object({
      total: z.number().int(),
      byStatus: z.record(taskStatusSchema, z.number().int()),
      /** Not done and past their end. */
      overdue: z.number().int(),
      /** The next few tasks and milestones (not phases) that are not done and not past their end, by start. */
      upcoming: z.array(upcomingTaskSchema),
    }),
    rundownDays: z.array(z.object({ day: isoDaySchema, startsAt: isoDateTimeSchema, cueCount: z.number().int(), live: z.boolean() })),
  })
  .meta({ id: 'EventOverview' });
export type EventOverview = z.infer<typeof eventOverviewSchema>;

import { taskStatusSchema } from '@rundown/domain';
import { z } from 'zod';
import { ZOOMS } from './gantt-scale';

export const TIMELINE_VIEWS = ['gantt', 'list', 'board'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** The timeline's URL: the view, the Gantt zoom, the open task, the list filters, a compared baseline. */
export const timelineSearchSchema = z.object({
  view: z.enum(TIMELINE_VIEWS).optional().catch(undefined),
  zoom: z.enum(ZOOMS).optional().catch(undefined),
  /** The task whose drawer is open (notifications link here). */
  task: z.uuid().optional().catch(undefined),
  status: z.array(taskStatusSchema).min(1).optional().catch(undefined),
  vendor: z.uuid().optional().catch(undefined),
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  /** A saved baseline drawn under the bars and compared in a panel. */
  baseline: z.uuid().optional().catch(undefined),
  /** Opens the "New task" dialog. */
  new: z.boolean().optional().catch(undefined),
});
export type TimelineSearch = z.infer<typeof timelineSearchSchema>;

export type TaskFilters = Pick<TimelineSearch, 'status' | 'vendor' | 'q'>;

export function hasTaskFilters(search: TaskFilters): boolean {
  return Boolean(search.status?.length || search.vendor || search.q);
}

/** Whether a task passes the list's filters (status any-of, vendor, text in title/description/location). */
export function matchesFilters(
  task: { status: string; vendorId: string | null; title: string; description: string | null; location: string | null },
  filters: TaskFilters,
): boolean {
  if (filters.status?.length && !filters.status.includes(task.status as never)) return false;
  if (filters.vendor && task.vendorId !== filters.vendor) return false;
  if (filters.q) {
    const q = filters.q.toLocaleLowerCase();
    const hay = `${task.title}\n${task.description ?? ''}\n${task.location ?? ''}`.toLocaleLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}


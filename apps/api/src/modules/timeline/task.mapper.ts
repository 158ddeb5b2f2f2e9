import type { ChecklistItem, Task } from '@rundown/domain';

export type TaskRow = {
  id: string;
  event_id: string;
  parent_id: string | null;
  kind: Task['kind'];
  title: string;
  description: string | null;
  location: string | null;
  event_place_id: string | null;
  start_at: Date;
  end_at: Date;
  status: Task['status'];
  priority: Task['priority'];
  sort_order: number;
  vendor_id: string | null;
  assignee_ids: string[];
  checklist: { id: string; title: string; done: boolean; done_by: string | null }[];
  version: number;
  updated_at: Date;
};

/** A task with its assignees and checklist, in one row. */
export const TASK_SELECT = `
  SELECT t.id, t.event_id, t.parent_id, t.kind, t.title, t.description, t.location, t.event_place_id, t.start_at, t.end_at, t.status, t.priority,
         t.sort_order, t.vendor_id, t.version, t.updated_at,
         coalesce((SELECT array_agg(a.user_id ORDER BY a.user_id) FROM task_assignees a WHERE a.task_id = t.id), '{}') AS assignee_ids,
         coalesce((SELECT json_agg(json_build_object('id', c.id, 'title', c.title, 'done', c.done, 'done_by', u.name) ORDER BY c.sort_order, c.id)
                     FROM task_checklist_items c LEFT JOIN users u ON u.id = c.done_by WHERE c.task_id = t.id), '[]') AS checklist
    FROM tasks t`;

export const toChecklist = (items: TaskRow['checklist']): ChecklistItem[] =>
  items.map((c) => ({ id: c.id, title: c.title, done: c.done, doneBy: c.done_by }));

export const toTask = (row: TaskRow): Task => ({
  id: row.id,
  eventId: row.event_id,
  parentId: row.parent_id,
  kind: row.kind,
  title: row.title,
  description: row.description,
  location: row.location,
  placeId: row.event_place_id,
  startAt: row.start_at.toISOString(),
  endAt: row.end_at.toISOString(),
  status: row.status,
  priority: row.priority,
  sortOrder: row.sort_order,
  assigneeIds: row.assignee_ids,
  vendorId: row.vendor_id,
  checklist: toChecklist(row.checklist),
  version: row.version,
  updatedAt: row.updated_at.toISOString(),
});

export const MINUTE = 60_000;
export const toMinutes = (date: Date) => Math.floor(date.getTime() / MINUTE);

import { Injectable } from '@nestjs/common';
import type { CreateTaskInput, Task } from '@rundown/domain';
import type { TenantTx } from '../../common/database.service.js';
import { TASK_SELECT, type TaskRow } from './task.mapper.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A task's place in the schedule. */
export type TaskSpan = { id: string; title: string; start_at: Date; end_at: Date };

/** What a task is stored from: the domain task's fields that persist. */
export type TaskValues = Pick<Task, 'parentId' | 'kind' | 'title' | 'description' | 'location' | 'startAt' | 'endAt' | 'status' | 'priority' | 'sortOrder' | 'vendorId' | 'placeId'>;

/** Every query on tasks and their assignees; each runs in a tenant transaction and names the organization. */
@Injectable()
export class TasksRepository {
  async find(tx: TenantTx, eventId: string, taskId: string, lock = false): Promise<TaskRow | undefined> {
    if (lock) await tx.query(`SELECT 1 FROM tasks WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [taskId, tx.orgId]);
    const [row] = await tx.query<TaskRow>(`${TASK_SELECT} WHERE t.id = $1 AND t.event_id = $2 AND t.organization_id = $3`, [taskId, eventId, tx.orgId]);
    return row;
  }

  /**
   * A page of an event's tasks by start. Only the filters given are in the statement (each
   * combination is its own prepared statement, so no plan is made for a filter that is absent), the
   * keyset bound is a row comparison the (event_id, start_at, id) index takes as its start, and the
   * page is cut before the assignees and checklists are gathered — once for the page, not per row.
   */
  list(
    tx: TenantTx,
    eventId: string,
    query: { limit: number; status?: string; vendorId?: string; q?: string },
    after: readonly [string, string] | null,
  ): Promise<TaskRow[]> {
    const params: unknown[] = [eventId, tx.orgId];
    const add = (value: unknown) => `$${params.push(value)}`;
    const where = ['t.event_id = $1', 't.organization_id = $2'];
    if (query.status) where.push(`t.status = ${add(query.status)}`);
    if (query.vendorId) where.push(`t.vendor_id = ${add(query.vendorId)}::uuid`);
    if (query.q) where.push(`t.title ILIKE ${add(`%${escapeLike(query.q)}%`)}`);
    if (after) where.push(`(t.start_at, t.id) > (${add(after[0])}::timestamptz, ${add(after[1])}::uuid)`);
    return tx.query<TaskRow>(
      `WITH page AS (
         SELECT t.id, t.event_id, t.parent_id, t.kind, t.title, t.description, t.location, t.event_place_id, t.start_at, t.end_at, t.status, t.priority,
                t.sort_order, t.vendor_id, t.version, t.updated_at
           FROM tasks t WHERE ${where.join(' AND ')} ORDER BY t.start_at, t.id LIMIT ${add(query.limit + 1)}),
       assignees AS (
         SELECT a.task_id, array_agg(a.user_id ORDER BY a.user_id) AS ids FROM task_assignees a
          WHERE a.task_id IN (SELECT id FROM page) AND a.organization_id = $2 GROUP BY a.task_id),
       checklists AS (
         SELECT c.task_id, json_agg(json_build_object('id', c.id, 'title', c.title, 'done', c.done, 'done_by', u.name) ORDER BY c.sort_order, c.id) AS items
           FROM task_checklist_items c LEFT JOIN users u ON u.id = c.done_by
          WHERE c.task_id IN (SELECT id FROM page) AND c.organization_id = $2 GROUP BY c.task_id)
       SELECT p.*, coalesce(a.ids, '{}') AS assignee_ids, coalesce(c.items, '[]') AS checklist
         FROM page p LEFT JOIN assignees a ON a.task_id = p.id LEFT JOIN checklists c ON c.task_id = p.id
        ORDER BY p.start_at, p.id`,
      params,
    );
  }

  async insert(tx: TenantTx, eventId: string, input: CreateTaskInput, end: string): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO tasks (organization_id, event_id, parent_id, kind, title, description, location, start_at, end_at, status, priority, sort_order, vendor_id, created_by, event_place_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [tx.orgId, eventId, input.parentId ?? null, input.kind ?? 'task', input.title, input.description ?? null, input.location ?? null, input.startAt, end,
        input.status ?? 'todo', input.priority ?? 'normal', input.sortOrder ?? 0, input.vendorId ?? null, tx.userId, input.placeId ?? null],
    );
    return row!.id;
  }

  async update(tx: TenantTx, taskId: string, next: TaskValues): Promise<void> {
    await tx.execute(
      `UPDATE tasks SET parent_id = $3, kind = $4, title = $5, description = $6, location = $7, start_at = $8, end_at = $9, status = $10,
              priority = $11, sort_order = $12, vendor_id = $13, event_place_id = $14, version = version + 1, updated_at = now()
        WHERE id = $1 AND organization_id = $2`,
      [taskId, tx.orgId, next.parentId, next.kind, next.title, next.description, next.location, next.startAt,
        next.kind === 'milestone' ? next.startAt : next.endAt, next.status, next.priority, next.sortOrder, next.vendorId, next.placeId],
    );
  }

  async delete(tx: TenantTx, taskId: string): Promise<void> {
    await tx.execute(`DELETE FROM tasks WHERE id = $1 AND organization_id = $2`, [taskId, tx.orgId]);
  }

  /** Replaces a task's assignees with those of `userIds` who are members; returns how many that was. */
  async setAssignees(tx: TenantTx, taskId: string, userIds: readonly string[]): Promise<number> {
    await tx.execute(`DELETE FROM task_assignees WHERE task_id = $1 AND organization_id = $2`, [taskId, tx.orgId]);
    if (userIds.length === 0) return 0;
    return tx.execute(
      `INSERT INTO task_assignees (organization_id, task_id, user_id)
       SELECT $1, $2, m.user_id FROM memberships m WHERE m.organization_id = $1 AND m.user_id = ANY($3::uuid[])`,
      [tx.orgId, taskId, userIds],
    );
  }

  async existsInEvent(tx: TenantTx, eventId: string, taskId: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM tasks WHERE id = $1 AND event_id = $2 AND organization_id = $3`, [taskId, eventId, tx.orgId]);
    return Boolean(row);
  }

  /** Every task of an event in schedule order, locked when the caller will move them. */
  spans(tx: TenantTx, eventId: string, lock: boolean): Promise<TaskSpan[]> {
    return tx.query<TaskSpan>(
      `SELECT id, title, start_at, end_at FROM tasks WHERE event_id = $1 AND organization_id = $2 ORDER BY start_at, id ${lock ? 'FOR UPDATE' : ''}`,
      [eventId, tx.orgId],
    );
  }

  /** Every task of an event, unordered, for the critical path. */
  times(tx: TenantTx, eventId: string): Promise<{ id: string; start_at: Date; end_at: Date }[]> {
    return tx.query<{ id: string; start_at: Date; end_at: Date }>(`SELECT id, start_at, end_at FROM tasks WHERE event_id = $1 AND organization_id = $2`, [
      eventId,
      tx.orgId,
    ]);
  }

  /** Every task's title, locked, while a dependency between two of them is added. */
  lockTitles(tx: TenantTx, eventId: string): Promise<{ id: string; title: string }[]> {
    return tx.query<{ id: string; title: string }>(`SELECT id, title FROM tasks WHERE event_id = $1 AND organization_id = $2 FOR UPDATE`, [eventId, tx.orgId]);
  }

  async setDates(tx: TenantTx, taskId: string, start: Date, end: Date): Promise<void> {
    await tx.execute(`UPDATE tasks SET start_at = $3, end_at = $4, version = version + 1, updated_at = now() WHERE id = $1 AND organization_id = $2`, [
      taskId, tx.orgId, start, end,
    ]);
  }

  /** The names a notification about a task shows: its event's and the actor's. */
  async noticeNames(tx: TenantTx, eventId: string, actorId: string): Promise<{ event_name: string; actor_name: string | null } | undefined> {
    const [names] = await tx.query<{ event_name: string; actor_name: string | null }>(
      `SELECT e.name AS event_name, (SELECT name FROM users WHERE id = $2) AS actor_name FROM events e WHERE e.id = $1`,
      [eventId, actorId],
    );
    return names;
  }

  /** The users of a task's vendor company, who hear about comments on it. */
  async vendorUserIds(tx: TenantTx, vendorId: string | null): Promise<string[]> {
    const rows = await tx.query<{ user_id: string }>(`SELECT user_id FROM vendor_users WHERE vendor_id = $1 AND organization_id = $2`, [vendorId, tx.orgId]);
    return rows.map((r) => r.user_id);
  }

  /** Whether the place is one of this event's (tasks name a place from the event's places). */
  async placeInEvent(tx: TenantTx, eventId: string, placeId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM event_places WHERE id = $1 AND event_id = $2 AND organization_id = $3`, [placeId, eventId, tx.orgId]);
    return rows.length > 0;
  }

  async vendorExists(tx: TenantTx, vendorId: string): Promise<boolean> {
    const [vendor] = await tx.query(`SELECT 1 FROM vendors WHERE id = $1 AND organization_id = $2`, [vendorId, tx.orgId]);
    return Boolean(vendor);
  }
}

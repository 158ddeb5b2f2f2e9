import { Injectable } from '@nestjs/common';
import {
  analyzeSchedule,
  CHECKLIST_MAX_ITEMS,
  findCycle,
  reorder,
  moveTask,
  type CreateTaskInput,
  type Dependency,
  type Page,
  type ScheduleDependency,
  type Task,
  type UpdateTaskInput,
} from '@rundown/domain';
import type { z } from 'zod';
import type { createChecklistItemSchema, createDependencySchema, moveResultSchema, scheduleSchema, updateChecklistItemSchema } from '@rundown/domain';
import { AppError, fieldError } from '../../common/app-error.js';
import { recordAudit, type AuditChange } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { NotifierService, type NotificationDraft } from '../notifications/notifier.service.js';
import { addComment, listComments } from './comments.js';
import { MINUTE, TASK_SELECT, toMinutes, toTask, type TaskRow } from './task.mapper.js';

type DependencyRow = { id: string; predecessor_id: string; successor_id: string; type: Dependency['type']; lag_minutes: number };
const toDependency = (r: DependencyRow): Dependency => ({
  id: r.id, predecessorId: r.predecessor_id, successorId: r.successor_id, type: r.type, lagMinutes: r.lag_minutes,
});
const toScheduleDependency = (r: DependencyRow): ScheduleDependency => ({
  predecessorId: r.predecessor_id, successorId: r.successor_id, type: r.type, lag: r.lag_minutes,
});

type BaselineRow = { id: string; name: string; created_at: Date; task_count: number };
const toBaseline = (r: BaselineRow) => ({ id: r.id, name: r.name, createdAt: r.created_at.toISOString(), taskCount: r.task_count });

/** Phases, tasks and milestones of an event, their dependencies, moves with cascade, and CPM. */
@Injectable()
export class TasksService {
  constructor(
    private readonly db: DatabaseService,
    private readonly notifier: NotifierService,
  ) {}

  /** Tells the people concerned about a change to a task, in the same transaction. */
  private async tell(tx: TenantTx, ctx: OrgContext, task: Task, kind: NotificationDraft['kind'], recipients: string[], extra: { comment?: string } = {}) {
    if (recipients.length === 0) return;
    const [names] = await tx.query<{ event_name: string; actor_name: string | null }>(
      `SELECT e.name AS event_name, (SELECT name FROM users WHERE id = $2) AS actor_name FROM events e WHERE e.id = $1`,
      [task.eventId, ctx.actor.userId],
    );
    await this.notifier.notify(tx, recipients, ctx.actor.userId, {
      kind,
      organizationId: tx.orgId,
      link: `/orgs/${tx.orgId}/events/${task.eventId}/timeline?task=${task.id}`,
      data: { taskTitle: task.title, eventName: names?.event_name ?? '', actorName: names?.actor_name ?? null, endAt: task.endAt, ...extra },
    });
  }

  private tenant<T>(ctx: OrgContext, eventId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [event] = await tx.query(`SELECT 1 FROM events WHERE id = $1 AND organization_id = $2`, [eventId, tx.orgId]);
      if (!event) throw new AppError('not_found');
      return work(tx);
    });
  }

  private async find(tx: TenantTx, eventId: string, taskId: string, lock = false): Promise<TaskRow | undefined> {
    if (lock) await tx.query(`SELECT 1 FROM tasks WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [taskId, tx.orgId]);
    const [row] = await tx.query<TaskRow>(`${TASK_SELECT} WHERE t.id = $1 AND t.event_id = $2 AND t.organization_id = $3`, [taskId, eventId, tx.orgId]);
    return row;
  }

  list(ctx: OrgContext, eventId: string, query: { limit: number; cursor?: string; status?: string; vendorId?: string; q?: string }): Promise<Page<Task>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.tenant(ctx, eventId, async (tx) => {
      const rows = await tx.query<TaskRow>(
        `${TASK_SELECT}
          WHERE t.event_id = $1 AND t.organization_id = $2
            AND ($3::text IS NULL OR t.status = $3) AND ($4::uuid IS NULL OR t.vendor_id = $4)
            AND ($5::text IS NULL OR t.title ILIKE '%' || $5 || '%')
            AND ($6::timestamptz IS NULL OR (t.start_at, t.id) > ($6::timestamptz, $7::uuid))
          ORDER BY t.start_at, t.id LIMIT $8`,
        [eventId, tx.orgId, query.status ?? null, query.vendorId ?? null, query.q ?? null, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
      return toPage(rows, query.limit, toTask, (r) => [r.start_at.toISOString(), r.id]);
    });
  }

  create(ctx: OrgContext, eventId: string, input: CreateTaskInput): Promise<Task> {
    return this.tenant(ctx, eventId, async (tx) => {
      await this.assertReferences(tx, eventId, input);
      const end = input.kind === 'milestone' ? input.startAt : input.endAt;
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO tasks (organization_id, event_id, parent_id, kind, title, description, location, start_at, end_at, status, priority, sort_order, vendor_id, created_by, event_place_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [tx.orgId, eventId, input.parentId ?? null, input.kind ?? 'task', input.title, input.description ?? null, input.location ?? null, input.startAt, end,
          input.status ?? 'todo', input.priority ?? 'normal', input.sortOrder ?? 0, input.vendorId ?? null, tx.userId, input.placeId ?? null],
      );
      const id = row!.id;
      await this.setAssignees(tx, id, input.assigneeIds ?? []);
      for (const [index, item] of (input.checklist ?? []).entries()) {
        await tx.execute(`INSERT INTO task_checklist_items (organization_id, task_id, title, done, sort_order) VALUES ($1, $2, $3, $4, $5)`, [
          tx.orgId, id, item.title, item.done, index,
        ]);
      }
      const task = toTask((await this.find(tx, eventId, id))!);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'task', entityId: id, after: task });
      await this.tell(tx, ctx, task, 'task_assigned', task.assigneeIds);
      return task;
    });
  }

  update(ctx: OrgContext, eventId: string, taskId: string, version: number, input: UpdateTaskInput): Promise<Task> {
    return this.tenant(ctx, eventId, async (tx) => {
      const current = await this.find(tx, eventId, taskId, true);
      if (!current) throw new AppError('not_found');
      const before = toTask(current);
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      await this.assertReferences(tx, eventId, input, taskId);
      const next = { ...before, ...input };
      if (Date.parse(next.endAt) < Date.parse(next.startAt)) throw fieldError('/body/endAt', 'End must not be before start', 'custom');
      await tx.execute(
        `UPDATE tasks SET parent_id = $3, kind = $4, title = $5, description = $6, location = $7, start_at = $8, end_at = $9, status = $10,
                priority = $11, sort_order = $12, vendor_id = $13, event_place_id = $14, version = version + 1, updated_at = now()
          WHERE id = $1 AND organization_id = $2`,
        [taskId, tx.orgId, next.parentId, next.kind, next.title, next.description, next.location, next.startAt,
          next.kind === 'milestone' ? next.startAt : next.endAt, next.status, next.priority, next.sortOrder, next.vendorId, next.placeId],
      );
      if (input.assigneeIds) await this.setAssignees(tx, taskId, input.assigneeIds);
      const after = toTask((await this.find(tx, eventId, taskId))!);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'task', entityId: taskId, before, after });
      const added = after.assigneeIds.filter((id) => !before.assigneeIds.includes(id));
      await this.tell(tx, ctx, after, 'task_assigned', added);
      if (after.startAt !== before.startAt || after.endAt !== before.endAt) {
        await this.tell(tx, ctx, after, 'task_due_changed', after.assigneeIds.filter((id) => !added.includes(id)));
      }
      return after;
    });
  }

  remove(ctx: OrgContext, eventId: string, taskId: string): Promise<void> {
    return this.tenant(ctx, eventId, async (tx) => {
      const current = await this.find(tx, eventId, taskId, true);
      if (!current) throw new AppError('not_found');
      await tx.execute(`DELETE FROM tasks WHERE id = $1 AND organization_id = $2`, [taskId, tx.orgId]);
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'task', entityId: taskId, before: toTask(current) });
    });
  }

  /** Moves a task and shifts what depends on it; `preview` computes without saving. */
  move(ctx: OrgContext, eventId: string, taskId: string, input: { startAt: string; endAt?: string; preview: boolean }): Promise<z.input<typeof moveResultSchema>> {
    return this.tenant(ctx, eventId, async (tx) => {
      const rows = await tx.query<{ id: string; title: string; start_at: Date; end_at: Date }>(
        `SELECT id, title, start_at, end_at FROM tasks WHERE event_id = $1 AND organization_id = $2 ORDER BY start_at, id ${input.preview ? '' : 'FOR UPDATE'}`,
        [eventId, tx.orgId],
      );
      const moving = rows.find((r) => r.id === taskId);
      if (!moving) throw new AppError('not_found');
      const askedStart = new Date(input.startAt);
      const length = input.endAt ? Date.parse(input.endAt) - askedStart.getTime() : moving.end_at.getTime() - moving.start_at.getTime();
      if (length < 0) throw fieldError('/body/endAt', 'End must not be before start', 'custom');
      const tasks = rows.map((r) => ({
        id: r.id,
        start: toMinutes(r.start_at),
        duration: r.id === taskId ? Math.ceil(length / MINUTE) : toMinutes(r.end_at) - toMinutes(r.start_at),
      }));
      const deps = (await this.dependencyRows(tx, eventId)).map(toScheduleDependency);
      const result = moveTask(tasks, deps, taskId, toMinutes(askedStart));
      const finalStart = new Map(result.tasks.map((t) => [t.id, t.start]));
      // Each task moves by whole minutes from where it was; the moved one from where it was asked to go.
      const placed = rows.flatMap((r) => {
        const from = r.id === taskId ? askedStart : r.start_at;
        const delta = (finalStart.get(r.id)! - toMinutes(from)) * MINUTE;
        const start = new Date(from.getTime() + delta);
        const end = new Date(start.getTime() + (r.id === taskId ? length : r.end_at.getTime() - r.start_at.getTime()));
        const changed = start.getTime() !== r.start_at.getTime() || end.getTime() !== r.end_at.getTime();
        return changed ? [{ row: r, start, end }] : [];
      });
      const shifts = placed.map((p) => ({ taskId: p.row.id, title: p.row.title, fromStart: p.row.start_at.toISOString(), toStart: p.start.toISOString() }));
      if (input.preview) return { applied: false, shifts };
      for (const p of placed) {
        await tx.execute(`UPDATE tasks SET start_at = $3, end_at = $4, version = version + 1, updated_at = now() WHERE id = $1 AND organization_id = $2`, [
          p.row.id, tx.orgId, p.start, p.end,
        ]);
      }
      await recordAudit(tx, ctx, { action: 'update', entityType: 'task_move', entityId: taskId, after: { shifts } });
      return { applied: true, shifts };
    });
  }

  comments(ctx: OrgContext, eventId: string, taskId: string, query: { limit: number; cursor?: string }) {
    return this.tenant(ctx, eventId, async (tx) => {
      if (!(await this.find(tx, eventId, taskId))) throw new AppError('not_found');
      return listComments(tx, taskId, query);
    });
  }

  comment(ctx: OrgContext, eventId: string, taskId: string, body: string) {
    return this.tenant(ctx, eventId, async (tx) => {
      const row = await this.find(tx, eventId, taskId);
      if (!row) throw new AppError('not_found');
      const comment = await addComment(tx, tx.orgId, taskId, ctx.actor.userId, body);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'task_comment', entityId: comment.id, after: { taskId, body } });
      const vendorUsers = await tx.query<{ user_id: string }>(`SELECT user_id FROM vendor_users WHERE vendor_id = $1 AND organization_id = $2`, [
        row.vendor_id, tx.orgId,
      ]);
      await this.tell(tx, ctx, toTask(row), 'task_comment', [...row.assignee_ids, ...vendorUsers.map((v) => v.user_id)], { comment: body.slice(0, 200) });
      return comment;
    });
  }

  /**
   * One change to a task's checklist: the task row is locked, so concurrent edits of one list
   * run one after another; `work` returns the audit record. The task's version stays as it is
   * (like the vendor's ticks), so an open edit of the task's details is not made stale.
   */
  private checklistChange(
    ctx: OrgContext,
    eventId: string,
    taskId: string,
    work: (tx: TenantTx, items: TaskRow['checklist']) => Promise<AuditChange>,
  ): Promise<Task> {
    return this.tenant(ctx, eventId, async (tx) => {
      const task = await this.find(tx, eventId, taskId, true);
      if (!task) throw new AppError('not_found');
      await recordAudit(tx, ctx, await work(tx, task.checklist));
      return toTask((await this.find(tx, eventId, taskId))!);
    });
  }

  /** Writes positions 0…n-1 in the given order. */
  private async writeChecklistOrder(tx: TenantTx, taskId: string, ids: string[]): Promise<void> {
    await tx.execute(
      `UPDATE task_checklist_items c SET sort_order = o.position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE c.id = o.id AND c.task_id = $1 AND c.organization_id = $3`,
      [taskId, ids, tx.orgId],
    );
  }

  addChecklistItem(ctx: OrgContext, eventId: string, taskId: string, input: z.output<typeof createChecklistItemSchema>): Promise<Task> {
    return this.checklistChange(ctx, eventId, taskId, async (tx, items) => {
      if (items.length >= CHECKLIST_MAX_ITEMS) throw new AppError('conflict', `A checklist holds at most ${CHECKLIST_MAX_ITEMS} items`);
      const position = Math.min(input.position ?? items.length, items.length);
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO task_checklist_items (organization_id, task_id, title, done, done_by, sort_order)
         VALUES ($1, $2, $3, $4, CASE WHEN $4 THEN $5::uuid END, $6) RETURNING id`,
        [tx.orgId, taskId, input.title, input.done, tx.userId, position],
      );
      const order = items.map((i) => i.id);
      order.splice(position, 0, row!.id);
      await this.writeChecklistOrder(tx, taskId, order);
      return { action: 'create', entityType: 'task_checklist_item', entityId: row!.id, after: { taskId, title: input.title, done: input.done, position } };
    });
  }

  updateChecklistItem(ctx: OrgContext, eventId: string, taskId: string, itemId: string, input: z.output<typeof updateChecklistItemSchema>): Promise<Task> {
    return this.checklistChange(ctx, eventId, taskId, async (tx, items) => {
      const item = items.find((i) => i.id === itemId);
      if (!item) throw new AppError('not_found');
      const next = { title: input.title ?? item.title, done: input.done ?? item.done };
      // Whoever ticks it is named; a tick that stays ticked keeps its name.
      await tx.execute(
        `UPDATE task_checklist_items SET title = $3, done = $4, done_by = CASE WHEN NOT $4 THEN NULL WHEN done THEN done_by ELSE $5::uuid END
          WHERE id = $1 AND organization_id = $2`,
        [itemId, tx.orgId, next.title, next.done, tx.userId],
      );
      return {
        action: 'update', entityType: 'task_checklist_item', entityId: itemId,
        before: { taskId, title: item.title, done: item.done }, after: { taskId, ...next },
      };
    });
  }

  moveChecklistItem(ctx: OrgContext, eventId: string, taskId: string, itemId: string, position: number): Promise<Task> {
    return this.checklistChange(ctx, eventId, taskId, async (tx, items) => {
      const from = items.findIndex((i) => i.id === itemId);
      if (from < 0) throw new AppError('not_found');
      const ordered = reorder(items, from, position);
      await this.writeChecklistOrder(tx, taskId, ordered.map((i) => i.id));
      return {
        action: 'update', entityType: 'task_checklist_item', entityId: itemId,
        before: { taskId, position: from }, after: { taskId, position: ordered.findIndex((i) => i.id === itemId) },
      };
    });
  }

  removeChecklistItem(ctx: OrgContext, eventId: string, taskId: string, itemId: string): Promise<Task> {
    return this.checklistChange(ctx, eventId, taskId, async (tx, items) => {
      const item = items.find((i) => i.id === itemId);
      if (!item) throw new AppError('not_found');
      await tx.execute(`DELETE FROM task_checklist_items WHERE id = $1 AND task_id = $2 AND organization_id = $3`, [itemId, taskId, tx.orgId]);
      await this.writeChecklistOrder(tx, taskId, items.filter((i) => i.id !== itemId).map((i) => i.id));
      return { action: 'delete', entityType: 'task_checklist_item', entityId: itemId, before: { taskId, title: item.title, done: item.done } };
    });
  }

  listBaselines(ctx: OrgContext, eventId: string, query: { limit: number; cursor?: string }) {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.tenant(ctx, eventId, async (tx) => {
      const rows = await tx.query<BaselineRow>(
        `SELECT id, name, created_at, jsonb_array_length(tasks) AS task_count FROM schedule_baselines
          WHERE event_id = $1 AND organization_id = $2 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
          ORDER BY created_at DESC, id DESC LIMIT $5`,
        [eventId, tx.orgId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
      return toPage(rows, query.limit, toBaseline, (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  createBaseline(ctx: OrgContext, eventId: string, name: string) {
    return this.tenant(ctx, eventId, async (tx) => {
      const [row] = await tx.query<BaselineRow>(
        `INSERT INTO schedule_baselines (organization_id, event_id, name, tasks, created_by)
         SELECT $1, $2, $3, coalesce(jsonb_agg(jsonb_build_object('id', id, 'title', title, 'start', start_at, 'end', end_at)), '[]'), $4
           FROM tasks WHERE event_id = $2 AND organization_id = $1
         RETURNING id, name, created_at, jsonb_array_length(tasks) AS task_count`,
        [tx.orgId, eventId, name, tx.userId],
      );
      const baseline = toBaseline(row!);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'schedule_baseline', entityId: baseline.id, after: baseline });
      return baseline;
    });
  }

  /** Baseline against current dates for every task in either; slip is how far the finish moved. */
  compareBaseline(ctx: OrgContext, eventId: string, baselineId: string) {
    return this.tenant(ctx, eventId, async (tx) => {
      const [row] = await tx.query<BaselineRow & { tasks: { id: string; title: string; start: string; end: string }[] }>(
        `SELECT id, name, created_at, jsonb_array_length(tasks) AS task_count, tasks FROM schedule_baselines WHERE id = $1 AND event_id = $2 AND organization_id = $3`,
        [baselineId, eventId, tx.orgId],
      );
      if (!row) throw new AppError('not_found');
      const current = await tx.query<{ id: string; title: string; start_at: Date; end_at: Date }>(
        `SELECT id, title, start_at, end_at FROM tasks WHERE event_id = $1 AND organization_id = $2 ORDER BY start_at, id`,
        [eventId, tx.orgId],
      );
      const planned = new Map(row.tasks.map((p) => [p.id, p]));
      const iso = (v: string | Date | undefined) => (v === undefined ? null : new Date(v).toISOString());
      const tasks = current.map((c) => {
        const p = planned.get(c.id);
        planned.delete(c.id);
        return {
          taskId: c.id, title: c.title, plannedStart: iso(p?.start), plannedEnd: iso(p?.end), currentStart: iso(c.start_at), currentEnd: iso(c.end_at),
          slipMinutes: p ? Math.round((c.end_at.getTime() - Date.parse(p.end)) / MINUTE) : null,
        };
      });
      for (const p of planned.values()) {
        tasks.push({ taskId: p.id, title: p.title, plannedStart: iso(p.start), plannedEnd: iso(p.end), currentStart: null, currentEnd: null, slipMinutes: null });
      }
      return { baseline: toBaseline(row), tasks };
    });
  }

  listDependencies(ctx: OrgContext, eventId: string, query: { limit: number; cursor?: string }): Promise<Page<Dependency>> {
    const after = readCursor(query.cursor, ['uuid']);
    return this.tenant(ctx, eventId, async (tx) => {
      const rows = await tx.query<DependencyRow>(
        `SELECT id, predecessor_id, successor_id, type, lag_minutes FROM task_dependencies
          WHERE event_id = $1 AND organization_id = $2 AND ($3::uuid IS NULL OR id > $3::uuid) ORDER BY id LIMIT $4`,
        [eventId, tx.orgId, after?.[0] ?? null, query.limit + 1],
      );
      return toPage(rows, query.limit, toDependency, (r) => [r.id]);
    });
  }

  createDependency(ctx: OrgContext, eventId: string, input: z.output<typeof createDependencySchema>): Promise<Dependency> {
    return this.tenant(ctx, eventId, async (tx) => {
      const tasks = await tx.query<{ id: string; title: string }>(`SELECT id, title FROM tasks WHERE event_id = $1 AND organization_id = $2 FOR UPDATE`, [
        eventId, tx.orgId,
      ]);
      const titles = new Map(tasks.map((t) => [t.id, t.title]));
      if (!titles.has(input.predecessorId)) throw fieldError('/body/predecessorId', 'No such task in this event');
      if (!titles.has(input.successorId)) throw fieldError('/body/successorId', 'No such task in this event');
      const existing = await this.dependencyRows(tx, eventId);
      const proposed = [...existing.map(toScheduleDependency), { predecessorId: input.predecessorId, successorId: input.successorId, type: input.type, lag: input.lagMinutes }];
      const cycle = findCycle(tasks.map((t) => ({ id: t.id, start: 0, duration: 0 })), proposed);
      if (cycle) {
        // Name the loop starting from the link being added: predecessor → successor → … → predecessor.
        const loop = cycle.slice(0, -1);
        const from = loop.indexOf(input.predecessorId);
        const ordered = from < 0 ? cycle : [...loop.slice(from), ...loop.slice(0, from), input.predecessorId];
        const names = ordered.map((id) => titles.get(id)).join(' → ');
        throw new AppError('validation_failed', `This dependency would make a cycle: ${names}`, {
          errors: [{ pointer: '/body/successorId', code: 'dependency_cycle', message: `Cycle: ${names}` }],
        });
      }
      const [row] = await tx.query<DependencyRow>(
        `INSERT INTO task_dependencies (organization_id, event_id, predecessor_id, successor_id, type, lag_minutes) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (predecessor_id, successor_id) DO NOTHING RETURNING id, predecessor_id, successor_id, type, lag_minutes`,
        [tx.orgId, eventId, input.predecessorId, input.successorId, input.type, input.lagMinutes],
      );
      if (!row) throw new AppError('conflict', 'These tasks are already linked');
      const dependency = toDependency(row);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'task_dependency', entityId: dependency.id, after: dependency });
      return dependency;
    });
  }

  removeDependency(ctx: OrgContext, eventId: string, dependencyId: string): Promise<void> {
    return this.tenant(ctx, eventId, async (tx) => {
      const [row] = await tx.query<DependencyRow>(
        `DELETE FROM task_dependencies WHERE id = $1 AND event_id = $2 AND organization_id = $3 RETURNING id, predecessor_id, successor_id, type, lag_minutes`,
        [dependencyId, eventId, tx.orgId],
      );
      if (!row) throw new AppError('not_found');
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'task_dependency', entityId: dependencyId, before: toDependency(row) });
    });
  }

  schedule(ctx: OrgContext, eventId: string): Promise<z.input<typeof scheduleSchema>> {
    return this.tenant(ctx, eventId, async (tx) => {
      const rows = await tx.query<{ id: string; start_at: Date; end_at: Date }>(
        `SELECT id, start_at, end_at FROM tasks WHERE event_id = $1 AND organization_id = $2`,
        [eventId, tx.orgId],
      );
      const deps = (await this.dependencyRows(tx, eventId)).map(toScheduleDependency);
      const result = analyzeSchedule(rows.map((r) => ({ id: r.id, start: toMinutes(r.start_at), duration: toMinutes(r.end_at) - toMinutes(r.start_at) })), deps);
      const iso = (minutes: number) => new Date(minutes * MINUTE).toISOString();
      return {
        projectStart: result.projectStart === null ? null : iso(result.projectStart),
        projectFinish: result.projectFinish === null ? null : iso(result.projectFinish),
        criticalPath: result.criticalPath,
        tasks: [...result.timing].map(([taskId, t]) => ({
          taskId, earliestStart: iso(t.earliestStart), latestStart: iso(t.latestStart), slackMinutes: t.slack, critical: t.critical,
        })),
      };
    });
  }

  private dependencyRows(tx: TenantTx, eventId: string): Promise<DependencyRow[]> {
    return tx.query<DependencyRow>(
      `SELECT id, predecessor_id, successor_id, type, lag_minutes FROM task_dependencies WHERE event_id = $1 AND organization_id = $2`,
      [eventId, tx.orgId],
    );
  }

  private async setAssignees(tx: TenantTx, taskId: string, userIds: string[]): Promise<void> {
    await tx.execute(`DELETE FROM task_assignees WHERE task_id = $1 AND organization_id = $2`, [taskId, tx.orgId]);
    if (userIds.length === 0) return;
    const inserted = await tx.execute(
      `INSERT INTO task_assignees (organization_id, task_id, user_id)
       SELECT $1, $2, m.user_id FROM memberships m WHERE m.organization_id = $1 AND m.user_id = ANY($3::uuid[])`,
      [tx.orgId, taskId, [...new Set(userIds)]],
    );
    if (inserted !== new Set(userIds).size) throw fieldError('/body/assigneeIds', 'Every assignee must be a member of this organization');
  }

  private async assertReferences(tx: TenantTx, eventId: string, input: { parentId?: string | null; vendorId?: string | null; placeId?: string | null }, selfId?: string) {
    if (input.placeId) {
      const [place] = await tx.query(`SELECT 1 FROM event_places WHERE id = $1 AND event_id = $2 AND organization_id = $3`, [input.placeId, eventId, tx.orgId]);
      if (!place) throw fieldError('/body/placeId', 'Not a place of this event');
    }
    if (input.parentId) {
      if (input.parentId === selfId) throw fieldError('/body/parentId', 'A task cannot be its own parent');
      const [parent] = await tx.query(`SELECT 1 FROM tasks WHERE id = $1 AND event_id = $2 AND organization_id = $3`, [input.parentId, eventId, tx.orgId]);
      if (!parent) throw fieldError('/body/parentId', 'No such task in this event');
    }
    if (input.vendorId) {
      const [vendor] = await tx.query(`SELECT 1 FROM vendors WHERE id = $1 AND organization_id = $2`, [input.vendorId, tx.orgId]);
      if (!vendor) throw fieldError('/body/vendorId', 'No such vendor in this organization');
    }
  }
}

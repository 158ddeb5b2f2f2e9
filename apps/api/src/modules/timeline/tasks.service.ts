import { Injectable } from '@nestjs/common';
import type { CreateTaskInput, Page, Task, UpdateTaskInput } from '@rundown/domain';
import { AppError, fieldError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import type { TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { ChecklistRepository } from './checklist.repository.js';
import { TaskNoticesService } from './task-notices.service.js';
import { toTask } from './task.mapper.js';
import { TasksRepository } from './tasks.repository.js';

/** Phases, tasks and milestones of an event: create, edit (versioned), delete, with their assignees. */
@Injectable()
export class TasksService {
  constructor(
    private readonly events: EventsService,
    private readonly tasks: TasksRepository,
    private readonly checklist: ChecklistRepository,
    private readonly notices: TaskNoticesService,
  ) {}

  list(ctx: OrgContext, eventId: string, query: { limit: number; cursor?: string; status?: string; vendorId?: string; q?: string }): Promise<Page<Task>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const rows = await this.tasks.list(tx, eventId, query, after);
      return toPage(rows, query.limit, toTask, (r) => [r.start_at.toISOString(), r.id]);
    });
  }

  create(ctx: OrgContext, eventId: string, input: CreateTaskInput): Promise<Task> {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      await this.assertReferences(tx, eventId, input);
      const end = input.kind === 'milestone' ? input.startAt : input.endAt;
      const id = await this.tasks.insert(tx, eventId, input, end);
      await this.setAssignees(tx, id, input.assigneeIds ?? []);
      await this.checklist.insertInitial(tx, id, input.checklist ?? []);
      const task = toTask((await this.tasks.find(tx, eventId, id))!);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'task', entityId: id, after: task });
      await this.notices.tell(tx, ctx, task, 'task_assigned', task.assigneeIds);
      return task;
    });
  }

  update(ctx: OrgContext, eventId: string, taskId: string, version: number, input: UpdateTaskInput): Promise<Task> {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const current = await this.tasks.find(tx, eventId, taskId, true);
      if (!current) throw new AppError('not_found');
      const before = toTask(current);
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      await this.assertReferences(tx, eventId, input, taskId);
      const next = { ...before, ...input };
      if (Date.parse(next.endAt) < Date.parse(next.startAt)) throw fieldError('/body/endAt', 'End must not be before start', 'custom');
      await this.tasks.update(tx, taskId, next);
      if (input.assigneeIds) await this.setAssignees(tx, taskId, input.assigneeIds);
      const after = toTask((await this.tasks.find(tx, eventId, taskId))!);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'task', entityId: taskId, before, after });
      const added = after.assigneeIds.filter((id) => !before.assigneeIds.includes(id));
      await this.notices.tell(tx, ctx, after, 'task_assigned', added);
      if (after.startAt !== before.startAt || after.endAt !== before.endAt) {
        await this.notices.tell(tx, ctx, after, 'task_due_changed', after.assigneeIds.filter((id) => !added.includes(id)));
      }
      return after;
    });
  }

  remove(ctx: OrgContext, eventId: string, taskId: string): Promise<void> {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const current = await this.tasks.find(tx, eventId, taskId, true);
      if (!current) throw new AppError('not_found');
      await this.tasks.delete(tx, taskId);
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'task', entityId: taskId, before: toTask(current) });
    });
  }

  /** Every assignee must be a member of the organization. */
  private async setAssignees(tx: TenantTx, taskId: string, userIds: string[]): Promise<void> {
    const unique = [...new Set(userIds)];
    const inserted = await this.tasks.setAssignees(tx, taskId, unique);
    if (unique.length > 0 && inserted !== unique.length) throw fieldError('/body/assigneeIds', 'Every assignee must be a member of this organization');
  }

  private async assertReferences(tx: TenantTx, eventId: string, input: { parentId?: string | null; vendorId?: string | null; placeId?: string | null }, selfId?: string) {
    if (input.placeId && !(await this.tasks.placeInEvent(tx, eventId, input.placeId))) throw fieldError('/body/placeId', 'Not a place of this event');
    if (input.parentId) {
      if (input.parentId === selfId) throw fieldError('/body/parentId', 'A task cannot be its own parent');
      if (!(await this.tasks.existsInEvent(tx, eventId, input.parentId))) throw fieldError('/body/parentId', 'No such task in this event');
    }
    if (input.vendorId && !(await this.tasks.vendorExists(tx, input.vendorId))) {
      throw fieldError('/body/vendorId', 'No such vendor in this organization');
    }
  }
}

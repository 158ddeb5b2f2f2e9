import { Injectable } from '@nestjs/common';
import { CHECKLIST_MAX_ITEMS, reorder, type createChecklistItemSchema, type Task, type updateChecklistItemSchema } from '@rundown/domain';
import type { z } from 'zod';
import { AppError } from '../../common/app-error.js';
import { recordAudit, type AuditChange } from '../../common/audit.js';
import type { TenantTx } from '../../common/database.service.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { ChecklistRepository } from './checklist.repository.js';
import { toTask, type TaskRow } from './task.mapper.js';
import { TasksRepository } from './tasks.repository.js';

/** A task's checklist from the organization's side: add, edit, tick, reorder, remove. */
@Injectable()
export class ChecklistService {
  constructor(
    private readonly events: EventsService,
    private readonly tasks: TasksRepository,
    private readonly checklist: ChecklistRepository,
  ) {}

  /**
   * One change to a task's checklist: the task row is locked, so concurrent edits of one list
   * run one after another; `work` returns the audit record. The task's version stays as it is
   * (like the vendor's ticks), so an open edit of the task's details is not made stale.
   */
  private change(
    ctx: OrgContext,
    eventId: string,
    taskId: string,
    work: (tx: TenantTx, items: TaskRow['checklist']) => Promise<AuditChange>,
  ): Promise<Task> {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const task = await this.tasks.find(tx, eventId, taskId, true);
      if (!task) throw new AppError('not_found');
      await recordAudit(tx, ctx, await work(tx, task.checklist));
      return toTask((await this.tasks.find(tx, eventId, taskId))!);
    });
  }

  add(ctx: OrgContext, eventId: string, taskId: string, input: z.output<typeof createChecklistItemSchema>): Promise<Task> {
    return this.change(ctx, eventId, taskId, async (tx, items) => {
      if (items.length >= CHECKLIST_MAX_ITEMS) throw new AppError('conflict', `A checklist holds at most ${CHECKLIST_MAX_ITEMS} items`);
      const position = Math.min(input.position ?? items.length, items.length);
      const id = await this.checklist.insert(tx, taskId, input, position);
      const order = items.map((i) => i.id);
      order.splice(position, 0, id);
      await this.checklist.writeOrder(tx, taskId, order);
      return { action: 'create', entityType: 'task_checklist_item', entityId: id, after: { taskId, title: input.title, done: input.done, position } };
    });
  }

  update(ctx: OrgContext, eventId: string, taskId: string, itemId: string, input: z.output<typeof updateChecklistItemSchema>): Promise<Task> {
    return this.change(ctx, eventId, taskId, async (tx, items) => {
      const item = items.find((i) => i.id === itemId);
      if (!item) throw new AppError('not_found');
      const next = { title: input.title ?? item.title, done: input.done ?? item.done };
      await this.checklist.update(tx, itemId, next);
      return {
        action: 'update', entityType: 'task_checklist_item', entityId: itemId,
        before: { taskId, title: item.title, done: item.done }, after: { taskId, ...next },
      };
    });
  }

  move(ctx: OrgContext, eventId: string, taskId: string, itemId: string, position: number): Promise<Task> {
    return this.change(ctx, eventId, taskId, async (tx, items) => {
      const from = items.findIndex((i) => i.id === itemId);
      if (from < 0) throw new AppError('not_found');
      const ordered = reorder(items, from, position);
      await this.checklist.writeOrder(tx, taskId, ordered.map((i) => i.id));
      return {
        action: 'update', entityType: 'task_checklist_item', entityId: itemId,
        before: { taskId, position: from }, after: { taskId, position: ordered.findIndex((i) => i.id === itemId) },
      };
    });
  }

  remove(ctx: OrgContext, eventId: string, taskId: string, itemId: string): Promise<Task> {
    return this.change(ctx, eventId, taskId, async (tx, items) => {
      const item = items.find((i) => i.id === itemId);
      if (!item) throw new AppError('not_found');
      await this.checklist.delete(tx, taskId, itemId);
      await this.checklist.writeOrder(tx, taskId, items.filter((i) => i.id !== itemId).map((i) => i.id));
      return { action: 'delete', entityType: 'task_checklist_item', entityId: itemId, before: { taskId, title: item.title, done: item.done } };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { addComment, listComments } from './comments.js';
import { TaskNoticesService } from './task-notices.service.js';
import { toTask } from './task.mapper.js';
import { TasksRepository } from './tasks.repository.js';

/** A task's comments from the organization's side; the assignees and the task's vendor hear of each. */
@Injectable()
export class TaskCommentsService {
  constructor(
    private readonly events: EventsService,
    private readonly tasks: TasksRepository,
    private readonly notices: TaskNoticesService,
  ) {}

  list(ctx: OrgContext, eventId: string, taskId: string, query: { limit: number; cursor?: string }) {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      if (!(await this.tasks.find(tx, eventId, taskId))) throw new AppError('not_found');
      return listComments(tx, taskId, query);
    });
  }

  add(ctx: OrgContext, eventId: string, taskId: string, body: string) {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const row = await this.tasks.find(tx, eventId, taskId);
      if (!row) throw new AppError('not_found');
      const comment = await addComment(tx, tx.orgId, taskId, ctx.actor.userId, body);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'task_comment', entityId: comment.id, after: { taskId, body } });
      const vendorUsers = await this.tasks.vendorUserIds(tx, row.vendor_id);
      await this.notices.tell(tx, ctx, toTask(row), 'task_comment', [...row.assignee_ids, ...vendorUsers], { comment: body.slice(0, 200) });
      return comment;
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { Task } from '@rundown/domain';
import type { TenantTx } from '../../common/database.service.js';
import type { OrgContext } from '../../common/request-context.js';
import { NotifierService, type NotificationDraft } from '../notifications/notifier.service.js';
import { TasksRepository } from './tasks.repository.js';

/** Tells the people concerned about a change to a task, in the same transaction. */
@Injectable()
export class TaskNoticesService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly notifier: NotifierService,
  ) {}

  async tell(tx: TenantTx, ctx: OrgContext, task: Task, kind: NotificationDraft['kind'], recipients: string[], extra: { comment?: string } = {}): Promise<void> {
    if (recipients.length === 0) return;
    const names = await this.tasks.noticeNames(tx, task.eventId, ctx.actor.userId);
    await this.notifier.notify(tx, recipients, ctx.actor.userId, {
      kind,
      organizationId: tx.orgId,
      link: `/orgs/${tx.orgId}/events/${task.eventId}/timeline?task=${task.id}`,
      data: { taskTitle: task.title, eventName: names?.event_name ?? '', actorName: names?.actor_name ?? null, endAt: task.endAt, ...extra },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { can, type Page, type TaskAttachment } from '@rundown/domain';
import type { z } from 'zod';
import type { uploadAttachmentSchema } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { FileResult } from '../../common/contract.interceptor.js';
import type { OrgContext } from '../../common/request-context.js';
import { insertAttachment, readAttachmentFile, type AttachmentRow } from './attachments.js';
import { TaskAttachmentsRepository } from './task-attachments.repository.js';

/**
 * A task's files from the organization's side: the same table (and the same size and type
 * rules) as the vendor portal, so the task's vendor sees what the organization attaches and
 * the organization sees the vendor's deliverables and invoices. Anyone who edits the schedule
 * may attach and remove their own files; `schedule.manage` removes anyone's.
 */
@Injectable()
export class TaskAttachmentsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly attachments: TaskAttachmentsRepository,
  ) {}

  /** A tenant transaction on a task of this event (the task row shared-locked, so it cannot vanish mid-change). */
  private onTask<T>(ctx: OrgContext, eventId: string, taskId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      if (!(await this.attachments.lockTask(tx, eventId, taskId))) throw new AppError('not_found');
      return work(tx);
    });
  }

  private mayDelete(ctx: OrgContext, uploadedBy: string | null): boolean {
    if (can(ctx.org.role, 'schedule.manage')) return true;
    return can(ctx.org.role, 'schedule.write') && uploadedBy === ctx.actor.userId;
  }

  private toAttachment(ctx: OrgContext, r: AttachmentRow): TaskAttachment {
    return {
      id: r.id, filename: r.filename, contentType: r.content_type, size: r.size, kind: r.kind, uploadedBy: r.uploaded_by,
      createdAt: r.created_at.toISOString(), canDelete: this.mayDelete(ctx, r.uploaded_by_id),
    };
  }

  list(ctx: OrgContext, eventId: string, taskId: string, query: { limit: number; cursor?: string }): Promise<Page<TaskAttachment>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.onTask(ctx, eventId, taskId, async (tx) => {
      const rows = await this.attachments.page(tx, taskId, query.limit + 1, after);
      return toPage(rows, query.limit, (r) => this.toAttachment(ctx, r), (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  upload(ctx: OrgContext, eventId: string, taskId: string, input: z.output<typeof uploadAttachmentSchema>): Promise<TaskAttachment> {
    return this.onTask(ctx, eventId, taskId, async (tx) => {
      const attachment = this.toAttachment(ctx, await insertAttachment(tx, tx.orgId, taskId, tx.userId, input));
      await recordAudit(tx, ctx, {
        action: 'create', entityType: 'task_attachment', entityId: attachment.id,
        after: { taskId, filename: attachment.filename, kind: attachment.kind, size: attachment.size, contentType: attachment.contentType },
      });
      return attachment;
    });
  }

  download(ctx: OrgContext, eventId: string, taskId: string, attachmentId: string): Promise<FileResult> {
    return this.onTask(ctx, eventId, taskId, (tx) => readAttachmentFile(tx, taskId, attachmentId));
  }

  remove(ctx: OrgContext, eventId: string, taskId: string, attachmentId: string): Promise<void> {
    return this.onTask(ctx, eventId, taskId, async (tx) => {
      const row = await this.attachments.findForUpdate(tx, taskId, attachmentId);
      if (!row) throw new AppError('not_found');
      if (!this.mayDelete(ctx, row.uploaded_by_id)) throw new AppError('forbidden', 'Only managers may remove files that others uploaded');
      await this.attachments.delete(tx, attachmentId);
      await recordAudit(tx, ctx, {
        action: 'delete', entityType: 'task_attachment', entityId: attachmentId,
        before: { taskId, filename: row.filename, kind: row.kind, size: row.size, uploadedBy: row.uploaded_by },
      });
    });
  }
}

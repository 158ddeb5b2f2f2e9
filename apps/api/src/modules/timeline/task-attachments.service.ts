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
import { ATTACHMENT_COLUMNS, insertAttachment, readAttachmentFile, type AttachmentRow } from './attachments.js';

/**
 * A task's files from the organization's side: the same table (and the same size and type
 * rules) as the vendor portal, so the task's vendor sees what the organization attaches and
 * the organization sees the vendor's deliverables and invoices. Anyone who edits the schedule
 * may attach and remove their own files; `schedule.manage` removes anyone's.
 */
@Injectable()
export class TaskAttachmentsService {
  constructor(private readonly db: DatabaseService) {}

  /** A tenant transaction on a task of this event (the task row shared-locked, so it cannot vanish mid-change). */
  private onTask<T>(ctx: OrgContext, eventId: string, taskId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [task] = await tx.query(`SELECT 1 FROM tasks WHERE id = $1 AND event_id = $2 AND organization_id = $3 FOR SHARE`, [taskId, eventId, tx.orgId]);
      if (!task) throw new AppError('not_found');
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
      const rows = await tx.query<AttachmentRow>(
        `SELECT ${ATTACHMENT_COLUMNS} FROM task_attachments a LEFT JOIN users u ON u.id = a.uploaded_by
          WHERE a.task_id = $1 AND a.organization_id = $2
            AND ($3::timestamptz IS NULL OR (a.created_at, a.id) > ($3::timestamptz, $4::uuid))
          ORDER BY a.created_at, a.id LIMIT $5`,
        [taskId, tx.orgId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
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
      const [row] = await tx.query<AttachmentRow>(
        `SELECT ${ATTACHMENT_COLUMNS} FROM task_attachments a LEFT JOIN users u ON u.id = a.uploaded_by
          WHERE a.id = $1 AND a.task_id = $2 AND a.organization_id = $3 FOR UPDATE OF a`,
        [attachmentId, taskId, tx.orgId],
      );
      if (!row) throw new AppError('not_found');
      if (!this.mayDelete(ctx, row.uploaded_by_id)) throw new AppError('forbidden', 'Only managers may remove files that others uploaded');
      await tx.execute(`DELETE FROM task_attachments WHERE id = $1 AND organization_id = $2`, [attachmentId, tx.orgId]);
      await recordAudit(tx, ctx, {
        action: 'delete', entityType: 'task_attachment', entityId: attachmentId,
        before: { taskId, filename: row.filename, kind: row.kind, size: row.size, uploadedBy: row.uploaded_by },
      });
    });
  }
}

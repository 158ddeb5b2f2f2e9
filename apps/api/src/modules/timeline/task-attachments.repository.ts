import { Injectable } from '@nestjs/common';
import type { TenantTx } from '../../common/database.service.js';
import { ATTACHMENT_COLUMNS, type AttachmentRow } from './attachments.js';

/** The organization side's queries on task files (uploads and downloads are shared with the vendor portal in attachments.ts). */
@Injectable()
export class TaskAttachmentsRepository {
  /** Shares a lock on a task of this event, so it cannot vanish mid-change; false when there is none. */
  async lockTask(tx: TenantTx, eventId: string, taskId: string): Promise<boolean> {
    const [task] = await tx.query(`SELECT 1 FROM tasks WHERE id = $1 AND event_id = $2 AND organization_id = $3 FOR SHARE`, [taskId, eventId, tx.orgId]);
    return Boolean(task);
  }

  page(tx: TenantTx, taskId: string, limit: number, after: readonly [string, string] | null): Promise<AttachmentRow[]> {
    return tx.query<AttachmentRow>(
      `SELECT ${ATTACHMENT_COLUMNS} FROM task_attachments a LEFT JOIN users u ON u.id = a.uploaded_by
        WHERE a.task_id = $1 AND a.organization_id = $2
          AND ($3::timestamptz IS NULL OR (a.created_at, a.id) > ($3::timestamptz, $4::uuid))
        ORDER BY a.created_at, a.id LIMIT $5`,
      [taskId, tx.orgId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async findForUpdate(tx: TenantTx, taskId: string, attachmentId: string): Promise<AttachmentRow | undefined> {
    const [row] = await tx.query<AttachmentRow>(
      `SELECT ${ATTACHMENT_COLUMNS} FROM task_attachments a LEFT JOIN users u ON u.id = a.uploaded_by
        WHERE a.id = $1 AND a.task_id = $2 AND a.organization_id = $3 FOR UPDATE OF a`,
      [attachmentId, taskId, tx.orgId],
    );
    return row;
  }

  async delete(tx: TenantTx, attachmentId: string): Promise<void> {
    await tx.execute(`DELETE FROM task_attachments WHERE id = $1 AND organization_id = $2`, [attachmentId, tx.orgId]);
  }
}

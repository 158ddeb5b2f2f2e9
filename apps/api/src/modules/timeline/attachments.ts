import type { TaskAttachment, uploadAttachmentSchema } from '@rundown/domain';
import type { z } from 'zod';
import { AppError } from '../../common/app-error.js';
import type { FileResult } from '../../common/contract.interceptor.js';
import type { Tx } from '../../common/database.service.js';

/** Task files, shared by the organization's timeline and the vendor portal (one table, one set per task). */
export type AttachmentRow = {
  id: string;
  filename: string;
  content_type: string;
  size: number;
  kind: TaskAttachment['kind'];
  uploaded_by_id: string | null;
  uploaded_by: string | null;
  created_at: Date;
};

export const ATTACHMENT_COLUMNS = `a.id, a.filename, a.content_type, a.size, a.kind, a.uploaded_by AS uploaded_by_id, u.name AS uploaded_by, a.created_at`;

/** Stores an upload (base64 in the JSON body) on a task the caller has already checked. */
export async function insertAttachment(
  tx: Tx,
  organizationId: string,
  taskId: string,
  uploaderId: string | null,
  input: z.output<typeof uploadAttachmentSchema>,
): Promise<AttachmentRow> {
  const data = Buffer.from(input.data, 'base64');
  const [row] = await tx.query<AttachmentRow>(
    `WITH a AS (
       INSERT INTO task_attachments (organization_id, task_id, filename, content_type, size, kind, data, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, filename, content_type, size, kind, uploaded_by, created_at)
     SELECT ${ATTACHMENT_COLUMNS} FROM a LEFT JOIN users u ON u.id = a.uploaded_by`,
    [organizationId, taskId, input.filename, input.contentType, data.length, input.kind, data, uploaderId],
  );
  return row!;
}

/** One file of a task the caller has already checked, as a download. */
export async function readAttachmentFile(tx: Tx, taskId: string, attachmentId: string): Promise<FileResult> {
  const [row] = await tx.query<{ filename: string; content_type: string; data: Buffer }>(
    `SELECT filename, content_type, data FROM task_attachments WHERE id = $1 AND task_id = $2`,
    [attachmentId, taskId],
  );
  if (!row) throw new AppError('not_found');
  return { filename: row.filename, body: row.data, contentType: row.content_type };
}

import { Injectable } from '@nestjs/common';
import { mapLink, type Page, type VendorTask } from '@rundown/domain';
import type { z } from 'zod';
import type { attachmentSchema, commentSchema, uploadAttachmentSchema } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAuditIn } from '../../common/audit.js';
import type { FileResult } from '../../common/contract.interceptor.js';
import { DatabaseService, SCOPED_READ_SQL, type Tx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { AuthedContext } from '../../common/request-context.js';
import { NotifierService, type NotificationDraft } from '../notifications/notifier.service.js';
import { insertAttachment, readAttachmentFile } from '../timeline/attachments.js';
import { addComment, listComments } from '../timeline/comments.js';
import { toChecklist, type TaskRow } from '../timeline/task.mapper.js';
import { VendorTasksCache } from './vendor-tasks.cache.js';

type PortalRow = Pick<TaskRow, 'id' | 'title' | 'description' | 'location' | 'start_at' | 'end_at' | 'status' | 'priority' | 'checklist' | 'version'> & {
  organization_id: string;
  event_id: string;
  organization_name: string;
  vendor_name: string;
  event_name: string;
  event_venue: string | null;
  event_time_zone: string;
  place_address: string | null;
  place_city: string | null;
  place_postal_code: string | null;
  place_latitude: number | null;
  place_longitude: number | null;
  place_loading_dock_notes: string | null;
  place_load_in_start: Date | null;
  place_load_in_end: Date | null;
  attachments: { id: string; filename: string; content_type: string; size: number; kind: 'deliverable' | 'invoice' | 'other'; uploaded_by: string | null; created_at: string }[];
};

/*
 * What a vendor's people see: only tasks assigned to their vendor companies, across every
 * organization that hired them. `app_vendor_tasks` (migration 1764300000000) reads them with
 * no organization scope and the user set, so row-level security admits exactly those tasks;
 * its queries also name the vendor link itself.
 */
const VENDOR_TASKS = SCOPED_READ_SQL.app_vendor_tasks;

const toVendorTask = (r: PortalRow): VendorTask => ({
  id: r.id,
  organizationName: r.organization_name,
  vendorName: r.vendor_name,
  eventName: r.event_name,
  eventVenue: r.event_venue,
  eventTimeZone: r.event_time_zone,
  title: r.title,
  description: r.description,
  location: r.location,
  place:
    r.place_address === null
      ? null
      : {
          address: r.place_address,
          mapUrl: mapLink({ latitude: r.place_latitude, longitude: r.place_longitude, address: r.place_address, city: r.place_city, postalCode: r.place_postal_code }),
          loadingDockNotes: r.place_loading_dock_notes,
          loadIn: r.place_load_in_start && r.place_load_in_end
            ? { startAt: new Date(r.place_load_in_start).toISOString(), endAt: new Date(r.place_load_in_end).toISOString() }
            : null,
        },
  startAt: r.start_at.toISOString(),
  endAt: r.end_at.toISOString(),
  status: r.status,
  priority: r.priority,
  checklist: toChecklist(r.checklist),
  attachments: r.attachments.map((a) => ({
    id: a.id, filename: a.filename, contentType: a.content_type, size: a.size, kind: a.kind, uploadedBy: a.uploaded_by,
    createdAt: new Date(a.created_at).toISOString(),
  })),
  version: r.version,
});

@Injectable()
export class VendorPortalService {
  constructor(
    private readonly db: DatabaseService,
    private readonly notifier: NotifierService,
    private readonly cache: VendorTasksCache,
  ) {}

  private asUser<T>(ctx: AuthedContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.scoped({ orgId: null, userId: ctx.actor.userId }, work);
  }

  private async task(tx: Tx, ctx: AuthedContext, taskId: string, lock = false): Promise<PortalRow> {
    if (lock) await tx.query(`SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE`, [taskId]);
    const [row] = await tx.query<PortalRow>(VENDOR_TASKS, [ctx.actor.userId, taskId, null, null, null, 1]);
    if (!row) throw new AppError('not_found');
    return row;
  }

  /** A page of the user's tasks, kept until something on it changes (see `VendorTasksCache`). */
  list(ctx: AuthedContext, query: { limit: number; cursor?: string; status?: string }): Promise<Page<VendorTask>> {
    const userId = ctx.actor.userId;
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.cache.read(
      userId,
      JSON.stringify([query.status ?? null, query.cursor ?? null, query.limit]),
      async () => {
        const rows = await this.db.scopedRead<PortalRow>('app_vendor_tasks', [userId, null, query.status ?? null, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1]);
        return toPage(rows, query.limit, toVendorTask, (r) => [r.start_at.toISOString(), r.id]);
      },
      // The organizations the user works for as a vendor: a change in any of them may change a page.
      async () => (await this.db.scopedRead<{ organization_id: string }>('app_vendor_organizations', [userId])).map((o) => o.organization_id),
    );
  }

  updateStatus(ctx: AuthedContext, taskId: string, version: number, status: VendorTask['status']): Promise<VendorTask> {
    return this.asUser(ctx, async (tx) => {
      const current = await this.task(tx, ctx, taskId, true);
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: toVendorTask(current) });
      await tx.execute(`UPDATE tasks SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [taskId, status]);
      await this.audit(tx, ctx, current, 'update', { before: { status: current.status }, after: { status } });
      if (status !== current.status) await this.tellOrganization(tx, ctx, current, 'task_status_changed', { status });
      return toVendorTask(await this.task(tx, ctx, taskId));
    });
  }

  toggleChecklist(ctx: AuthedContext, taskId: string, itemId: string, done: boolean): Promise<VendorTask> {
    return this.asUser(ctx, async (tx) => {
      const current = await this.task(tx, ctx, taskId);
      const touched = await tx.execute(
        `UPDATE task_checklist_items SET done = $3, done_by = CASE WHEN $3 THEN $4::uuid END WHERE id = $1 AND task_id = $2`,
        [itemId, taskId, done, ctx.actor.userId],
      );
      if (touched === 0) throw new AppError('not_found');
      await this.audit(tx, ctx, current, 'update', { after: { checklistItemId: itemId, done } });
      return toVendorTask(await this.task(tx, ctx, taskId));
    });
  }

  comments(ctx: AuthedContext, taskId: string, query: { limit: number; cursor?: string }): Promise<Page<z.input<typeof commentSchema>>> {
    return this.asUser(ctx, async (tx) => {
      await this.task(tx, ctx, taskId);
      return listComments(tx, taskId, query);
    });
  }

  comment(ctx: AuthedContext, taskId: string, body: string): Promise<z.input<typeof commentSchema>> {
    return this.asUser(ctx, async (tx) => {
      const task = await this.task(tx, ctx, taskId);
      const comment = await addComment(tx, task.organization_id, taskId, ctx.actor.userId, body);
      await this.audit(tx, ctx, task, 'create', { after: { commentId: comment.id } });
      await this.tellOrganization(tx, ctx, task, 'task_comment', { comment: body.slice(0, 200) });
      return comment;
    });
  }

  upload(ctx: AuthedContext, taskId: string, input: z.output<typeof uploadAttachmentSchema>): Promise<z.input<typeof attachmentSchema>> {
    return this.asUser(ctx, async (tx) => {
      const task = await this.task(tx, ctx, taskId);
      const row = await insertAttachment(tx, task.organization_id, taskId, ctx.actor.userId, input);
      await this.audit(tx, ctx, task, 'create', { after: { attachmentId: row.id, filename: row.filename, kind: row.kind, size: row.size } });
      return {
        id: row.id, filename: row.filename, contentType: row.content_type, size: row.size, kind: row.kind, uploadedBy: row.uploaded_by,
        createdAt: row.created_at.toISOString(),
      };
    });
  }

  download(ctx: AuthedContext, taskId: string, attachmentId: string): Promise<FileResult> {
    return this.asUser(ctx, async (tx) => {
      await this.task(tx, ctx, taskId);
      return readAttachmentFile(tx, taskId, attachmentId);
    });
  }

  /**
   * Tells the task's creator and assignees (still members of its organization) about a vendor's
   * change, in the same transaction: in-app, and by email in each one's language.
   */
  private async tellOrganization(tx: Tx, ctx: AuthedContext, task: PortalRow, kind: NotificationDraft['kind'], extra: Pick<NotificationDraft['data'], 'comment' | 'status'>) {
    const watchers = await tx.query<{ user_id: string }>(`SELECT app_vendor_task_watchers($1) AS user_id`, [task.id]);
    if (watchers.length === 0) return;
    const [actor] = await tx.query<{ name: string | null }>(`SELECT name FROM users WHERE id = $1`, [ctx.actor.userId]);
    await this.notifier.notify(tx, watchers.map((w) => w.user_id), ctx.actor.userId, {
      kind,
      organizationId: task.organization_id,
      link: `/orgs/${task.organization_id}/events/${task.event_id}/timeline?task=${task.id}`,
      data: { taskTitle: task.title, eventName: task.event_name, actorName: actor?.name ?? null, endAt: task.end_at.toISOString(), ...extra },
    });
  }

  /** Portal changes land in the owning organization's audit log, attributed to the vendor user. */
  private async audit(tx: Tx, ctx: AuthedContext, task: PortalRow, action: 'create' | 'update', change: { before?: object; after: object }) {
    await recordAuditIn(tx, task.organization_id, ctx, { action, entityType: 'task', entityId: task.id, ...change });
  }
}

import { Injectable } from '@nestjs/common';
import { instantInRange, plannedStarts, reorder, rolesWith, type Rundown } from '@rundown/domain';
import type { z } from 'zod';
import type { createCueSchema, updateCueSchema } from '@rundown/domain';
import { AppError, fieldError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { LiveHub } from './live-hub.service.js';

/** Members who may read the run of show, and so may be given a cue. */
const SCHEDULE_READERS = rolesWith('schedule.read');

type DayRow = {
  starts_at: Date;
  version: number;
  time_zone: string;
  started_at: Date | null;
  ended_at: Date | null;
  current_cue_id: string | null;
  current_cue_started_at: Date | null;
};
type CueRow = {
  id: string; position: number; title: string; duration_seconds: number; owner: string | null; assignee_id: string | null; assignee_name: string | null;
  notes: string | null; script: string | null; audio: string | null; video: string | null; lights: string | null; version: number;
};

const CUE_COLUMNS = `c.id, c.position, c.title, c.duration_seconds, c.owner, c.assignee_id, u.name AS assignee_name, c.notes, c.script, c.audio, c.video,
  c.lights, c.version`;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Run of show per event day; edits and live control are announced to every open stream. */
@Injectable()
export class RundownService {
  constructor(
    private readonly db: DatabaseService,
    private readonly events: EventsService,
  ) {}

  private tenant<T>(ctx: OrgContext, work: (tx: TenantTx) => Promise<T>) {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, work);
  }

  private async load(tx: TenantTx, eventId: string, day: string, lock = false): Promise<{ dayRow: DayRow; cues: CueRow[] }> {
    const [dayRow] = await tx.query<DayRow>(
      `SELECT d.starts_at, d.version, e.time_zone, d.started_at, d.ended_at, d.current_cue_id, d.current_cue_started_at
         FROM rundown_days d JOIN events e ON e.id = d.event_id
        WHERE d.event_id = $1 AND d.day = $2 AND d.organization_id = $3 ${lock ? 'FOR UPDATE OF d' : ''}`,
      [eventId, day, tx.orgId],
    );
    if (!dayRow) throw new AppError('not_found', 'This day has no rundown yet');
    const cues = await tx.query<CueRow>(`SELECT ${CUE_COLUMNS} FROM rundown_cues c LEFT JOIN users u ON u.id = c.assignee_id
        WHERE c.event_id = $1 AND c.day = $2 AND c.organization_id = $3 ORDER BY c.position, c.id`, [
      eventId, day, tx.orgId,
    ]);
    return { dayRow, cues };
  }

  private toRundown(day: string, { dayRow, cues }: { dayRow: DayRow; cues: CueRow[] }): Rundown {
    const starts = plannedStarts(dayRow.starts_at.toISOString(), cues.map((c) => c.duration_seconds));
    return {
      day,
      startsAt: dayRow.starts_at.toISOString(),
      timeZone: dayRow.time_zone,
      version: dayRow.version,
      cues: cues.map((c, i) => ({
        id: c.id, position: i, title: c.title, durationSeconds: c.duration_seconds, owner: c.owner, assigneeId: c.assignee_id, assigneeName: c.assignee_name,
        notes: c.notes, script: c.script,
        audio: c.audio, video: c.video, lights: c.lights, plannedStart: starts[i]!, version: c.version,
      })),
      live: {
        startedAt: iso(dayRow.started_at), endedAt: iso(dayRow.ended_at), currentCueId: dayRow.current_cue_id,
        currentCueStartedAt: iso(dayRow.current_cue_started_at), serverTime: new Date().toISOString(),
      },
    };
  }

  /** The rundown after a change, refused (and so rolled back) when its cues would run past 9999-12-31. */
  private afterChange(day: string, current: { dayRow: DayRow; cues: CueRow[] }): Rundown {
    const end = current.dayRow.starts_at.getTime() + current.cues.reduce((sum, c) => sum + c.duration_seconds, 0) * 1000;
    if (!instantInRange(end)) throw new AppError('date_out_of_range', 'The cues of this day would run past 9999-12-31');
    return this.toRundown(day, current);
  }

  /** Reads, changes and announces in one transaction. */
  private change(ctx: OrgContext, eventId: string, day: string, kind: 'live' | 'cues', work: (tx: TenantTx, current: { dayRow: DayRow; cues: CueRow[] }) => Promise<void>) {
    return this.tenant(ctx, async (tx) => {
      const current = await this.load(tx, eventId, day, true);
      await work(tx, current);
      await tx.execute(`UPDATE rundown_days SET version = version + 1 WHERE event_id = $1 AND day = $2 AND organization_id = $3`, [eventId, day, tx.orgId]);
      await tx.query(LiveHub.notifySql, [JSON.stringify({ key: LiveHub.key(eventId, day), kind })]);
      return this.afterChange(day, await this.load(tx, eventId, day));
    });
  }

  get(ctx: OrgContext, eventId: string, day: string): Promise<Rundown> {
    return this.tenant(ctx, async (tx) => this.toRundown(day, await this.load(tx, eventId, day)));
  }

  /**
   * `version` null (If-None-Match: *): create the day, 412 if it exists. A number (If-Match):
   * move the day's start, 412 with the rundown as it is when the day changed since.
   */
  setDay(ctx: OrgContext, eventId: string, day: string, version: number | null, startsAt: string): Promise<Rundown> {
    return this.tenant(ctx, async (tx) => {
      await this.events.require(tx, eventId);
      if (version === null) {
        const [created] = await tx.query(
          `INSERT INTO rundown_days (organization_id, event_id, day, starts_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (event_id, day) DO NOTHING RETURNING 1`,
          [tx.orgId, eventId, day, startsAt],
        );
        if (!created) throw new AppError('precondition_failed', 'This day already has a rundown', { current: this.toRundown(day, await this.load(tx, eventId, day)) });
      } else {
        const current = await this.load(tx, eventId, day, true);
        if (current.dayRow.version !== version) throw new AppError('precondition_failed', undefined, { current: this.toRundown(day, current) });
        await tx.execute(`UPDATE rundown_days SET starts_at = $4, version = version + 1 WHERE event_id = $1 AND day = $2 AND organization_id = $3`, [
          eventId, day, tx.orgId, startsAt,
        ]);
      }
      await tx.query(LiveHub.notifySql, [JSON.stringify({ key: LiveHub.key(eventId, day), kind: 'cues' })]);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'rundown_day', entityId: `${eventId}/${day}`, after: { startsAt } });
      return this.afterChange(day, await this.load(tx, eventId, day));
    });
  }

  addCue(ctx: OrgContext, eventId: string, day: string, input: z.output<typeof createCueSchema>): Promise<Rundown> {
    return this.change(ctx, eventId, day, 'cues', async (tx, { cues }) => {
      await this.assertMember(tx, input.assigneeId);
      const position = Math.min(input.position ?? cues.length, cues.length);
      await tx.execute(`UPDATE rundown_cues SET position = position + 1 WHERE event_id = $1 AND day = $2 AND organization_id = $3 AND position >= $4`, [
        eventId, day, tx.orgId, position,
      ]);
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO rundown_cues (organization_id, event_id, day, position, title, duration_seconds, owner, assignee_id, notes, script, audio, video, lights)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [tx.orgId, eventId, day, position, input.title, input.durationSeconds, input.owner ?? null, input.assigneeId ?? null, input.notes ?? null,
          input.script ?? null, input.audio ?? null, input.video ?? null, input.lights ?? null],
      );
      await recordAudit(tx, ctx, { action: 'create', entityType: 'rundown_cue', entityId: row!.id, after: { ...input, position } });
    });
  }

  updateCue(ctx: OrgContext, eventId: string, day: string, cueId: string, version: number, input: z.output<typeof updateCueSchema>): Promise<Rundown> {
    return this.change(ctx, eventId, day, 'cues', async (tx, current) => {
      const cue = current.cues.find((c) => c.id === cueId);
      if (!cue) throw new AppError('not_found');
      if (cue.version !== version) {
        // The current cue in its API shape (camelCase, with its planned start), as every other 412 answers.
        throw new AppError('precondition_failed', undefined, { current: this.toRundown(day, current).cues.find((c) => c.id === cueId) });
      }
      if (input.assigneeId !== undefined && input.assigneeId !== cue.assignee_id) await this.assertMember(tx, input.assigneeId);
      const next = { ...cue, ...input, duration_seconds: input.durationSeconds ?? cue.duration_seconds, assignee_id: input.assigneeId === undefined ? cue.assignee_id : input.assigneeId };
      await tx.execute(
        `UPDATE rundown_cues SET title = $3, duration_seconds = $4, owner = $5, assignee_id = $6, notes = $7, script = $8, audio = $9, video = $10,
                lights = $11, version = version + 1, updated_at = now() WHERE id = $1 AND organization_id = $2`,
        [cueId, tx.orgId, next.title, next.duration_seconds, next.owner, next.assignee_id, next.notes, next.script, next.audio, next.video, next.lights],
      );
      await recordAudit(tx, ctx, { action: 'update', entityType: 'rundown_cue', entityId: cueId, before: cue, after: next });
    });
  }

  /** A cue goes to a member who can see the run of show. */
  private async assertMember(tx: TenantTx, userId: string | null | undefined): Promise<void> {
    if (!userId) return;
    const [member] = await tx.query(`SELECT 1 FROM memberships WHERE organization_id = $1 AND user_id = $2 AND role = ANY($3)`, [tx.orgId, userId, SCHEDULE_READERS]);
    if (!member) throw fieldError('/body/assigneeId', 'The assignee must be a member of this organization (vendors see no run of show)');
  }

  moveCue(ctx: OrgContext, eventId: string, day: string, cueId: string, position: number): Promise<Rundown> {
    return this.change(ctx, eventId, day, 'cues', async (tx, { cues }) => {
      const from = cues.findIndex((c) => c.id === cueId);
      if (from < 0) throw new AppError('not_found');
      const ordered = reorder(cues, from, position);
      await tx.execute(
        `UPDATE rundown_cues c SET position = o.position FROM unnest($3::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE c.id = o.id AND c.event_id = $1 AND c.organization_id = $2`,
        [eventId, tx.orgId, ordered.map((c) => c.id)],
      );
      await recordAudit(tx, ctx, { action: 'update', entityType: 'rundown_cue', entityId: cueId, before: { position: from }, after: { position } });
    });
  }

  deleteCue(ctx: OrgContext, eventId: string, day: string, cueId: string): Promise<Rundown> {
    return this.change(ctx, eventId, day, 'cues', async (tx, { cues }) => {
      const cue = cues.find((c) => c.id === cueId);
      if (!cue) throw new AppError('not_found');
      await tx.execute(`DELETE FROM rundown_cues WHERE id = $1 AND organization_id = $2`, [cueId, tx.orgId]);
      await tx.execute(`UPDATE rundown_cues SET position = position - 1 WHERE event_id = $1 AND day = $2 AND organization_id = $3 AND position > $4`, [
        eventId, day, tx.orgId, cue.position,
      ]);
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'rundown_cue', entityId: cueId, before: cue });
    });
  }

  /** The show caller's buttons. Times are the database's clock, shared by every replica. */
  control(ctx: OrgContext, eventId: string, day: string, action: 'start' | 'next' | 'previous' | 'stop' | 'reset'): Promise<Rundown> {
    return this.change(ctx, eventId, day, 'live', async (tx, { dayRow, cues }) => {
      const index = dayRow.current_cue_id ? cues.findIndex((c) => c.id === dayRow.current_cue_id) : -1;
      const set = (sql: string, params: unknown[] = []) =>
        tx.execute(`UPDATE rundown_days SET ${sql} WHERE event_id = $1 AND day = $2 AND organization_id = $3`, [eventId, day, tx.orgId, ...params]);
      if (action === 'reset') return void (await set('started_at = NULL, ended_at = NULL, current_cue_id = NULL, current_cue_started_at = NULL'));
      if (action === 'stop') return void (await set('ended_at = now(), current_cue_id = NULL, current_cue_started_at = NULL'));
      if (cues.length === 0) throw new AppError('conflict', 'Add cues before starting the show');
      if (action === 'start') {
        if (dayRow.started_at && !dayRow.ended_at) throw new AppError('conflict', 'The show is already running');
        return void (await set('started_at = now(), ended_at = NULL, current_cue_id = $4, current_cue_started_at = now()', [cues[0]!.id]));
      }
      if (index < 0) throw new AppError('conflict', 'Start the show first');
      const target = action === 'next' ? index + 1 : index - 1;
      if (target >= cues.length) return void (await set('ended_at = now(), current_cue_id = NULL, current_cue_started_at = NULL'));
      if (target < 0) throw new AppError('conflict', 'This is the first cue');
      await set('current_cue_id = $4, current_cue_started_at = now()', [cues[target]!.id]);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'rundown_live', entityId: `${eventId}/${day}`, after: { action, cueId: cues[target]!.id } });
    });
  }
}

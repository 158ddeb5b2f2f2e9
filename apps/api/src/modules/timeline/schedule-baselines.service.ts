import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { ScheduleBaselinesRepository, toScheduleBaseline } from './schedule-baselines.repository.js';
import { MINUTE } from './task.mapper.js';
import { TasksRepository } from './tasks.repository.js';

/** Saved copies of an event's task dates, and how far each task has slipped since. */
@Injectable()
export class ScheduleBaselinesService {
  constructor(
    private readonly events: EventsService,
    private readonly tasks: TasksRepository,
    private readonly baselines: ScheduleBaselinesRepository,
  ) {}

  list(ctx: OrgContext, eventId: string, query: { limit: number; cursor?: string }) {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const rows = await this.baselines.page(tx, eventId, query.limit + 1, after);
      return toPage(rows, query.limit, toScheduleBaseline, (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  create(ctx: OrgContext, eventId: string, name: string) {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const baseline = toScheduleBaseline(await this.baselines.snapshot(tx, eventId, name));
      await recordAudit(tx, ctx, { action: 'create', entityType: 'schedule_baseline', entityId: baseline.id, after: baseline });
      return baseline;
    });
  }

  /** Baseline against current dates for every task in either; slip is how far the finish moved. */
  compare(ctx: OrgContext, eventId: string, baselineId: string) {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const row = await this.baselines.find(tx, eventId, baselineId);
      if (!row) throw new AppError('not_found');
      const current = await this.tasks.spans(tx, eventId, false);
      const planned = new Map(row.tasks.map((p) => [p.id, p]));
      const iso = (v: string | Date | undefined) => (v === undefined ? null : new Date(v).toISOString());
      const tasks = current.map((c) => {
        const p = planned.get(c.id);
        planned.delete(c.id);
        return {
          taskId: c.id, title: c.title, plannedStart: iso(p?.start), plannedEnd: iso(p?.end), currentStart: iso(c.start_at), currentEnd: iso(c.end_at),
          slipMinutes: p ? Math.round((c.end_at.getTime() - Date.parse(p.end)) / MINUTE) : null,
        };
      });
      for (const p of planned.values()) {
        tasks.push({ taskId: p.id, title: p.title, plannedStart: iso(p.start), plannedEnd: iso(p.end), currentStart: null, currentEnd: null, slipMinutes: null });
      }
      return { baseline: toScheduleBaseline(row), tasks };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { analyzeSchedule, clampMinute, DATE_RANGE_MESSAGE, instantInRange, moveTask, type moveResultSchema, type scheduleSchema } from '@rundown/domain';
import type { z } from 'zod';
import { AppError, fieldError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import type { KeptResponse } from '../../common/kept-response.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { DependenciesRepository, toScheduleDependency } from './dependencies.repository.js';
import { ScheduleCache } from './schedule.cache.js';
import { MINUTE, toMinutes } from './task.mapper.js';
import { TasksRepository } from './tasks.repository.js';

/** The schedule as a whole: moves that cascade along dependencies, and the critical path (CPM). */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly events: EventsService,
    private readonly tasks: TasksRepository,
    private readonly dependencies: DependenciesRepository,
    private readonly schedules: ScheduleCache<z.input<typeof scheduleSchema>>,
  ) {}

  /** Moves a task and shifts what depends on it; `preview` computes without saving. */
  move(ctx: OrgContext, eventId: string, taskId: string, input: { startAt: string; endAt?: string; preview: boolean }): Promise<z.input<typeof moveResultSchema>> {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const rows = await this.tasks.spans(tx, eventId, !input.preview);
      const moving = rows.find((r) => r.id === taskId);
      if (!moving) throw new AppError('not_found');
      const askedStart = new Date(input.startAt);
      const length = input.endAt ? Date.parse(input.endAt) - askedStart.getTime() : moving.end_at.getTime() - moving.start_at.getTime();
      if (length < 0) throw fieldError('/body/endAt', 'End must not be before start', 'custom');
      const tasks = rows.map((r) => ({
        id: r.id,
        start: toMinutes(r.start_at),
        duration: r.id === taskId ? Math.ceil(length / MINUTE) : toMinutes(r.end_at) - toMinutes(r.start_at),
      }));
      const deps = (await this.dependencies.all(tx, eventId)).map(toScheduleDependency);
      const result = moveTask(tasks, deps, taskId, toMinutes(askedStart));
      const finalStart = new Map(result.tasks.map((t) => [t.id, t.start]));
      // Each task moves by whole minutes from where it was; the moved one from where it was asked to go.
      const placed = rows.flatMap((r) => {
        const from = r.id === taskId ? askedStart : r.start_at;
        const delta = (finalStart.get(r.id)! - toMinutes(from)) * MINUTE;
        const start = new Date(from.getTime() + delta);
        const end = new Date(start.getTime() + (r.id === taskId ? length : r.end_at.getTime() - r.start_at.getTime()));
        const changed = start.getTime() !== r.start_at.getTime() || end.getTime() !== r.end_at.getTime();
        return changed ? [{ row: r, start, end }] : [];
      });
      // A move or cascade that would leave 0001-01-01 … 9999-12-31 is refused, preview or not.
      const outside =
        result.outOfRange.length > 0
          ? rows.find((r) => result.outOfRange.includes(r.id))
          : placed.find((p) => !instantInRange(p.start.getTime()) || !instantInRange(p.end.getTime()))?.row;
      if (outside) {
        throw new AppError('date_out_of_range', `Moving would put "${outside.title}" outside 0001-01-01 … 9999-12-31`, {
          errors: [{ pointer: '/body/startAt', code: 'date_out_of_range', message: DATE_RANGE_MESSAGE }],
        });
      }
      const shifts = placed.map((p) => ({ taskId: p.row.id, title: p.row.title, fromStart: p.row.start_at.toISOString(), toStart: p.start.toISOString() }));
      if (input.preview) return { applied: false, shifts };
      for (const p of placed) await this.tasks.setDates(tx, p.row.id, p.start, p.end);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'task_move', entityId: taskId, after: { shifts } });
      return { applied: true, shifts };
    });
  }

  /** Kept until the schedule changes (`ScheduleCache`): computed once per change, not per request. */
  schedule(ctx: OrgContext, eventId: string): Promise<KeptResponse<z.input<typeof scheduleSchema>>> {
    return this.schedules.read(ctx.org.id, eventId, () => this.computeSchedule(ctx, eventId));
  }

  private computeSchedule(ctx: OrgContext, eventId: string): Promise<z.input<typeof scheduleSchema>> {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const rows = await this.tasks.times(tx, eventId);
      const deps = (await this.dependencies.all(tx, eventId)).map(toScheduleDependency);
      const result = analyzeSchedule(rows.map((r) => ({ id: r.id, start: toMinutes(r.start_at), duration: toMinutes(r.end_at) - toMinutes(r.start_at) })), deps);
      // Dependencies with lags can place a computed date past the range even when every task is in it.
      const iso = (minutes: number) => new Date(clampMinute(minutes) * MINUTE).toISOString();
      return {
        projectStart: result.projectStart === null ? null : iso(result.projectStart),
        projectFinish: result.projectFinish === null ? null : iso(result.projectFinish),
        criticalPath: result.criticalPath,
        tasks: [...result.timing].map(([taskId, t]) => ({
          taskId, earliestStart: iso(t.earliestStart), latestStart: iso(t.latestStart), slackMinutes: t.slack, critical: t.critical,
        })),
      };
    });
  }
}

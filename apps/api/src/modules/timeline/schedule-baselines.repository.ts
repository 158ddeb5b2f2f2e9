import { Injectable } from '@nestjs/common';
import type { TenantTx } from '../../common/database.service.js';

export type ScheduleBaselineRow = { id: string; name: string; created_at: Date; task_count: number };
export type PlannedTask = { id: string; title: string; start: string; end: string };

export const toScheduleBaseline = (r: ScheduleBaselineRow) => ({ id: r.id, name: r.name, createdAt: r.created_at.toISOString(), taskCount: r.task_count });

/** Every query on schedule baselines (a copy of an event's task dates to compare against). */
@Injectable()
export class ScheduleBaselinesRepository {
  page(tx: TenantTx, eventId: string, limit: number, after: readonly [string, string] | null): Promise<ScheduleBaselineRow[]> {
    return tx.query<ScheduleBaselineRow>(
      `SELECT id, name, created_at, jsonb_array_length(tasks) AS task_count FROM schedule_baselines
        WHERE event_id = $1 AND organization_id = $2 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [eventId, tx.orgId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /** Copies every task's dates of the event, in one statement. */
  async snapshot(tx: TenantTx, eventId: string, name: string): Promise<ScheduleBaselineRow> {
    const [row] = await tx.query<ScheduleBaselineRow>(
      `INSERT INTO schedule_baselines (organization_id, event_id, name, tasks, created_by)
       SELECT $1, $2, $3, coalesce(jsonb_agg(jsonb_build_object('id', id, 'title', title, 'start', start_at, 'end', end_at)), '[]'), $4
         FROM tasks WHERE event_id = $2 AND organization_id = $1
       RETURNING id, name, created_at, jsonb_array_length(tasks) AS task_count`,
      [tx.orgId, eventId, name, tx.userId],
    );
    return row!;
  }

  async find(tx: TenantTx, eventId: string, baselineId: string): Promise<(ScheduleBaselineRow & { tasks: PlannedTask[] }) | undefined> {
    const [row] = await tx.query<ScheduleBaselineRow & { tasks: PlannedTask[] }>(
      `SELECT id, name, created_at, jsonb_array_length(tasks) AS task_count, tasks FROM schedule_baselines WHERE id = $1 AND event_id = $2 AND organization_id = $3`,
      [baselineId, eventId, tx.orgId],
    );
    return row;
  }
}

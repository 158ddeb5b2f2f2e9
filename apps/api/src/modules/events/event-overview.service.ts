import { Injectable } from '@nestjs/common';
import type { EventOverview } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { DatabaseService } from '../../common/database.service.js';
import type { OrgContext } from '../../common/request-context.js';

const UPCOMING = 5;

type OverviewRow = {
  found: boolean;
  counts: { total: number; todo: number; in_progress: number; blocked: number; done: number; overdue: number };
  upcoming: { id: string; title: string; kind: 'phase' | 'task' | 'milestone'; start_at: string; end_at: string; status: 'todo' | 'in_progress' | 'blocked' | 'done' }[];
  days: { day: string; starts_at: string; cue_count: number; live: boolean }[];
};

/**
 * One statement: task counts, the next open work, and the show days with their cue counts ($1
 * event, $2 organization). Phases are the headings tasks are grouped under, not work: they are
 * neither counted nor listed.
 */
const OVERVIEW = `
  SELECT EXISTS (SELECT 1 FROM events WHERE id = $1 AND organization_id = $2) AS found,
         (SELECT json_build_object(
                   'total', count(*),
                   'todo', count(*) FILTER (WHERE status = 'todo'),
                   'in_progress', count(*) FILTER (WHERE status = 'in_progress'),
                   'blocked', count(*) FILTER (WHERE status = 'blocked'),
                   'done', count(*) FILTER (WHERE status = 'done'),
                   'overdue', count(*) FILTER (WHERE status <> 'done' AND end_at < now()))
            FROM tasks WHERE event_id = $1 AND organization_id = $2 AND kind <> 'phase') AS counts,
         (SELECT coalesce(json_agg(t ORDER BY t.start_at, t.id), '[]')
            FROM (SELECT id, title, kind, start_at, end_at, status FROM tasks
                   WHERE event_id = $1 AND organization_id = $2 AND kind <> 'phase' AND status <> 'done' AND end_at >= now()
                   ORDER BY start_at, id LIMIT ${UPCOMING}) t) AS upcoming,
         (SELECT coalesce(json_agg(json_build_object(
                   'day', d.day, 'starts_at', d.starts_at, 'live', d.started_at IS NOT NULL AND d.ended_at IS NULL,
                   'cue_count', (SELECT count(*) FROM rundown_cues c WHERE c.event_id = d.event_id AND c.day = d.day AND c.organization_id = $2)) ORDER BY d.day), '[]')
            FROM rundown_days d WHERE d.event_id = $1 AND d.organization_id = $2) AS days`;

const iso = (timestamp: string) => new Date(timestamp).toISOString();

/** Where an event's plan stands, for the event page: read in one statement. */
@Injectable()
export class EventOverviewService {
  constructor(private readonly db: DatabaseService) {}

  async get(ctx: OrgContext, eventId: string): Promise<EventOverview> {
    const [row] = await this.db.tenant(ctx.org.id, ctx.actor.userId, (tx) => tx.query<OverviewRow>(OVERVIEW, [eventId, ctx.org.id]));
    if (!row?.found) throw new AppError('not_found');
    const { total, overdue, ...byStatus } = row.counts;
    return {
      tasks: {
        total,
        byStatus,
        overdue,
        upcoming: row.upcoming.map((t) => ({ id: t.id, title: t.title, kind: t.kind, startAt: iso(t.start_at), endAt: iso(t.end_at), status: t.status })),
      },
      rundownDays: row.days.map((d) => ({ day: d.day, startsAt: iso(d.starts_at), cueCount: d.cue_count, live: d.live })),
    };
  }
}

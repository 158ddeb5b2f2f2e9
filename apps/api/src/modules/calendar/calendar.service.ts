import { Inject, Injectable } from '@nestjs/common';
import { plannedStarts, rolesWith, toIcs, type CalendarItem, type Page, type Role } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import type { FileResult } from '../../common/contract.interceptor.js';
import { recordAudit } from '../../common/audit.js';
import { randomToken, sha256 } from '../../common/crypto.js';
import { DatabaseService } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { AuthedContext, OrgContext } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { EventsService } from '../events/events.service.js';

const MAX_ITEMS = 5000;
/** The roles whose event feeds keep working (and keep being listed). */
const SCHEDULE_READERS = rolesWith('schedule.read');

type FeedRow = { id: string; created_at: Date; event_id: string | null; event_name: string | null };
type TaskRow = {
  id: string; title: string; description: string | null; location: string | null; start_at: Date; end_at: Date; updated_at: Date;
  status: string; time_zone: string; venue: string | null; event_name: string;
};
type CueRow = {
  id: string; event_id: string; day: string; title: string; notes: string | null; owner: string | null; assignee_id: string | null;
  duration_seconds: number; updated_at: Date; day_starts_at: Date; time_zone: string; venue: string | null; event_name: string;
};

const TASK_COLUMNS = `t.id, t.title, t.description, t.location, t.start_at, t.end_at, t.updated_at, t.status, e.time_zone, e.venue, e.name AS event_name`;

/** Cues of whole days in order (planned times need every earlier cue of the day), with their event. */
const CUES_OF_DAYS = `
  SELECT c.id, c.event_id, c.day::text AS day, c.title, c.notes, c.owner, c.assignee_id, c.duration_seconds, c.updated_at,
         d.starts_at AS day_starts_at, e.time_zone, e.venue, e.name AS event_name
    FROM rundown_cues c
    JOIN rundown_days d ON d.event_id = c.event_id AND d.day = c.day
    JOIN events e ON e.id = c.event_id`;

const feedOf = (r: FeedRow) => ({
  id: r.id,
  scope: r.event_id ? ('event' as const) : ('user' as const),
  eventId: r.event_id,
  eventName: r.event_name,
  createdAt: r.created_at.toISOString(),
});

const taskItem = (t: TaskRow, withEventName: boolean): CalendarItem => ({
  uid: `${t.id}@rundown`,
  title: withEventName ? `${t.title} — ${t.event_name}` : t.title,
  description: t.description,
  location: t.location ?? t.venue,
  start: t.start_at.toISOString(),
  end: t.end_at.toISOString(),
  timeZone: t.time_zone,
  updatedAt: t.updated_at.toISOString(),
  status: t.status === 'done' ? 'CONFIRMED' : 'TENTATIVE',
});

/** Cues as calendar entries at their planned times (the run of show's own arithmetic), optionally only one person's. */
function cueItems(rows: readonly CueRow[], withEventName: boolean, onlyAssignee?: string): CalendarItem[] {
  const days = new Map<string, CueRow[]>();
  for (const cue of rows) {
    const key = `${cue.event_id}/${cue.day}`;
    const day = days.get(key);
    if (day) day.push(cue);
    else days.set(key, [cue]);
  }
  return [...days.values()].flatMap((cues) => {
    const starts = plannedStarts(cues[0]!.day_starts_at.toISOString(), cues.map((c) => c.duration_seconds));
    return cues.flatMap((c, i) =>
      onlyAssignee && c.assignee_id !== onlyAssignee
        ? []
        : [{
            uid: `${c.id}@rundown-cue`,
            title: withEventName ? `${c.title} — ${c.event_name}` : c.title,
            description: [c.owner, c.notes].filter(Boolean).join('\n') || null,
            location: c.venue,
            start: starts[i]!,
            end: new Date(Date.parse(starts[i]!) + c.duration_seconds * 1000).toISOString(),
            timeZone: c.time_zone,
            updatedAt: c.updated_at.toISOString(),
            status: 'CONFIRMED' as const,
          }],
    );
  });
}

/**
 * iCalendar feeds behind a secret URL (only its hash is stored; revocable). A user feed holds
 * the tasks assigned to the user or to the user's vendor companies and the cues assigned to
 * the user; an event feed holds every task and cue of one event and works only while its
 * owner may still read that event's schedule. Times are in each event's time zone.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: DatabaseService,
    private readonly events: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(ctx: AuthedContext, origin: string) {
    const token = randomToken(24);
    const row = await this.db.one<{ id: string; created_at: Date }>(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2) RETURNING id, created_at`,
      [ctx.actor.userId, sha256(token)],
    );
    return { ...feedOf({ ...row!, event_id: null, event_name: null }), url: this.urlOf(token, origin) };
  }

  /** An event feed, made and audited in the event's tenant transaction. */
  createForEvent(ctx: OrgContext, eventId: string, origin: string) {
    const token = randomToken(24);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const event = await this.events.require(tx, eventId);
      const [row] = await tx.query<{ id: string; created_at: Date }>(
        `INSERT INTO calendar_feeds (user_id, token_hash, organization_id, event_id) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
        [ctx.actor.userId, sha256(token), tx.orgId, eventId],
      );
      await recordAudit(tx, ctx, { action: 'create', entityType: 'calendar_feed', entityId: row!.id, after: { eventId, scope: 'event' } });
      return { ...feedOf({ ...row!, event_id: eventId, event_name: event.name }), url: this.urlOf(token, origin) };
    });
  }

  private urlOf(token: string, origin: string): string {
    return new URL(`/api/calendar/${token}.ics`, this.config.PUBLIC_URL ?? origin).toString();
  }

  /**
   * The user's feeds that still work, newest first: ids and dates only (the URL's secret is not
   * stored); an event feed only while the user may still read that event's schedule.
   */
  list(ctx: AuthedContext, query: { limit: number; cursor?: string }): Promise<Page<ReturnType<typeof feedOf>>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.db.system(async (tx) => {
      const rows = await tx.query<FeedRow>(
        `SELECT f.id, f.created_at, f.event_id, e.name AS event_name
           FROM calendar_feeds f
           LEFT JOIN events e ON e.id = f.event_id
           LEFT JOIN memberships m ON m.organization_id = f.organization_id AND m.user_id = f.user_id
          WHERE f.user_id = $1 AND f.revoked_at IS NULL AND (f.event_id IS NULL OR m.role = ANY($5::text[]))
            AND ($2::timestamptz IS NULL OR (f.created_at, f.id) < ($2::timestamptz, $3::uuid))
          ORDER BY f.created_at DESC, f.id DESC LIMIT $4`,
        [ctx.actor.userId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1, SCHEDULE_READERS],
      );
      return toPage(rows, query.limit, (r) => feedOf(r), (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  /** Stops a feed of the user's; revoking an event feed is audited in the event's organization, like its making. */
  revoke(ctx: AuthedContext, feedId: string): Promise<void> {
    return this.db.system(async (tx) => {
      const [row] = await tx.query<{ organization_id: string | null; event_id: string | null }>(
        `UPDATE calendar_feeds SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING organization_id, event_id`,
        [feedId, ctx.actor.userId],
      );
      if (!row) throw new AppError('not_found');
      if (row.organization_id) {
        await recordAudit({ ...tx, orgId: row.organization_id, userId: ctx.actor.userId }, ctx, {
          action: 'delete',
          entityType: 'calendar_feed',
          entityId: feedId,
          before: { eventId: row.event_id, scope: 'event' },
        });
      }
    });
  }

  async feed(token: string): Promise<FileResult> {
    const feed = await this.db.one<{ user_id: string; organization_id: string | null; event_id: string | null }>(
      `SELECT f.user_id, f.organization_id, f.event_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND u.disabled_at IS NULL`,
      [sha256(token.replace(/\.ics$/, ''))],
    );
    if (!feed) throw new AppError('not_found');
    if (feed.event_id && feed.organization_id) return this.eventFeed(feed.user_id, feed.organization_id, feed.event_id);
    return { filename: 'rundown.ics', body: toIcs('Rundown', await this.userItems(feed.user_id)) };
  }

  /**
   * Tasks of the user and of the user's vendors in the organizations the user still belongs to,
   * then the cues assigned to the user in each organization whose schedule the user may read.
   */
  private async userItems(userId: string): Promise<CalendarItem[]> {
    const tasks = await this.db.scoped({ orgId: null, userId }, (tx) =>
      tx.query<TaskRow>(
        `SELECT ${TASK_COLUMNS} FROM tasks t JOIN events e ON e.id = t.event_id
          WHERE (t.id IN (SELECT task_id FROM task_assignees WHERE user_id = $1) OR t.vendor_id IN (SELECT vendor_id FROM vendor_users WHERE user_id = $1))
            AND t.organization_id IN (SELECT organization_id FROM memberships WHERE user_id = $1)
          ORDER BY t.start_at LIMIT ${MAX_ITEMS}`,
        [userId],
      ),
    );
    const orgs = await this.db.system((tx) => tx.query<{ organization_id: string; role: Role }>(`SELECT organization_id, role FROM memberships WHERE user_id = $1`, [userId]));
    const cues: CalendarItem[] = [];
    for (const { organization_id: orgId, role } of orgs) {
      if (!SCHEDULE_READERS.includes(role)) continue;
      const rows = await this.db.tenant(orgId, userId, (tx) =>
        tx.query<CueRow>(
          `${CUES_OF_DAYS}
            WHERE c.organization_id = $1 AND (c.event_id, c.day) IN (SELECT event_id, day FROM rundown_cues WHERE organization_id = $1 AND assignee_id = $2)
            ORDER BY c.event_id, c.day, c.position, c.id LIMIT ${MAX_ITEMS}`,
          [orgId, userId],
        ),
      );
      cues.push(...cueItems(rows, true, userId));
    }
    return [...tasks.map((t) => taskItem(t, true)), ...cues];
  }

  /** Every task and cue of one event, while the feed's owner may still read its schedule. */
  private async eventFeed(userId: string, orgId: string, eventId: string): Promise<FileResult> {
    const member = await this.db.one<{ role: Role }>(`SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`, [orgId, userId]);
    if (!member || !SCHEDULE_READERS.includes(member.role)) throw new AppError('not_found');
    return this.db.tenant(orgId, userId, async (tx) => {
      const event = await this.events.require(tx, eventId);
      const tasks = await tx.query<TaskRow>(
        `SELECT ${TASK_COLUMNS} FROM tasks t JOIN events e ON e.id = t.event_id
          WHERE t.event_id = $1 AND t.organization_id = $2 ORDER BY t.start_at LIMIT ${MAX_ITEMS}`,
        [eventId, orgId],
      );
      const cues = await tx.query<CueRow>(
        `${CUES_OF_DAYS} WHERE c.event_id = $1 AND c.organization_id = $2 ORDER BY c.day, c.position, c.id LIMIT ${MAX_ITEMS}`,
        [eventId, orgId],
      );
      return { filename: 'event.ics', body: toIcs(event.name, [...tasks.map((t) => taskItem(t, false)), ...cueItems(cues, false)]) };
    });
  }
}

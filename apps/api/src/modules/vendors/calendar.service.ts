import { Inject, Injectable } from '@nestjs/common';
import { toIcs, type Page } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { randomToken, sha256 } from '../../common/crypto.js';
import { DatabaseService } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { AuthedContext } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/**
 * Per-user iCalendar feeds behind a secret URL (only its hash is stored; revocable): the
 * tasks assigned to the user and to the user's vendor companies, in each event's time zone.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: DatabaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(ctx: AuthedContext, origin: string) {
    const token = randomToken(24);
    const row = await this.db.one<{ id: string; created_at: Date }>(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2) RETURNING id, created_at`,
      [ctx.actor.userId, sha256(token)],
    );
    const url = new URL(`/api/calendar/${token}.ics`, this.config.PUBLIC_URL ?? origin).toString();
    return { id: row!.id, scope: 'user' as const, url, createdAt: row!.created_at.toISOString() };
  }

  /**
   * The user's feeds that still work, newest first: ids and dates only (the URL's secret is not
   * stored). Ordered by the millisecond the cursor can carry, so no feed is skipped between pages.
   */
  list(ctx: AuthedContext, query: { limit: number; cursor?: string }): Promise<Page<{ id: string; scope: 'user' | 'event'; createdAt: string }>> {
    const after = readCursor(query.cursor, 2);
    return this.db.system(async (tx) => {
      const rows = await tx.query<{ id: string; created_at: Date; event_id: string | null }>(
        `SELECT id, created_at, event_id FROM calendar_feeds
          WHERE user_id = $1 AND revoked_at IS NULL
            AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', created_at), id) < ($2::timestamptz, $3::uuid))
          ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $4`,
        [ctx.actor.userId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
      return toPage(
        rows,
        query.limit,
        (r) => ({ id: r.id, scope: r.event_id ? ('event' as const) : ('user' as const), createdAt: r.created_at.toISOString() }),
        (r) => [r.created_at.toISOString(), r.id],
      );
    });
  }

  async revoke(ctx: AuthedContext, feedId: string): Promise<void> {
    const row = await this.db.one(`UPDATE calendar_feeds SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`, [
      feedId,
      ctx.actor.userId,
    ]);
    if (!row) throw new AppError('not_found');
  }

  async feed(token: string): Promise<{ filename: string; body: string }> {
    const feed = await this.db.one<{ user_id: string }>(
      `SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND u.disabled_at IS NULL`,
      [sha256(token.replace(/\.ics$/, ''))],
    );
    if (!feed) throw new AppError('not_found');
    const items = await this.db.scoped({ orgId: null, userId: feed.user_id }, (tx) =>
      tx.query<{ id: string; title: string; description: string | null; location: string | null; start_at: Date; end_at: Date; updated_at: Date; time_zone: string; venue: string | null; event_name: string; status: string }>(
        `SELECT t.id, t.title, t.description, t.location, t.start_at, t.end_at, t.updated_at, t.status, e.time_zone, e.venue, e.name AS event_name
           FROM tasks t JOIN events e ON e.id = t.event_id
          WHERE t.id IN (SELECT task_id FROM task_assignees WHERE user_id = $1)
             OR t.vendor_id IN (SELECT vendor_id FROM vendor_users WHERE user_id = $1)
          ORDER BY t.start_at LIMIT 5000`,
        [feed.user_id],
      ),
    );
    const body = toIcs(
      'Rundown',
      items.map((t) => ({
        uid: `${t.id}@rundown`,
        title: `${t.title} — ${t.event_name}`,
        description: t.description,
        location: t.location ?? t.venue,
        start: t.start_at.toISOString(),
        end: t.end_at.toISOString(),
        timeZone: t.time_zone,
        updatedAt: t.updated_at.toISOString(),
        status: t.status === 'done' ? 'CONFIRMED' : 'TENTATIVE',
      })),
    );
    return { filename: 'rundown.ics', body };
  }
}

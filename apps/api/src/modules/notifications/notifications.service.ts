import { Injectable } from '@nestjs/common';
import type { Notification } from '@rundown/domain';
import { DatabaseService } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { AuthedContext } from '../../common/request-context.js';

type Row = { id: string; kind: Notification['kind']; organization_name: string | null; data: Notification['data']; link: string | null; read_at: Date | null; created_at: Date };

/** The signed-in user's inbox. Every query names the user. */
@Injectable()
export class NotificationsService {
  constructor(private readonly db: DatabaseService) {}

  async list(ctx: AuthedContext, query: { limit: number; cursor?: string; unread?: boolean }) {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.db.system(async (tx) => {
      const rows = await tx.query<Row>(
        `SELECT n.id, n.kind, o.name AS organization_name, n.data, n.link, n.read_at, n.created_at
           FROM notifications n LEFT JOIN organizations o ON o.id = n.organization_id
          WHERE n.user_id = $1 AND ($2::boolean IS NOT TRUE OR n.read_at IS NULL)
            AND ($3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid))
          ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
        [ctx.actor.userId, query.unread ?? null, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
      const page = toPage(
        rows,
        query.limit,
        (r): Notification => ({
          id: r.id, kind: r.kind, organizationName: r.organization_name, data: r.data, link: r.link,
          readAt: r.read_at?.toISOString() ?? null, createdAt: r.created_at.toISOString(),
        }),
        (r) => [r.created_at.toISOString(), r.id],
      );
      return { ...page, unread: await this.unread(tx, ctx.actor.userId) };
    });
  }

  markRead(ctx: AuthedContext, input: { ids: string[] } | { all: true }) {
    return this.db.system(async (tx) => {
      const updated = await tx.execute(
        `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
        [ctx.actor.userId, 'ids' in input ? input.ids : null],
      );
      return { updated, unread: await this.unread(tx, ctx.actor.userId) };
    });
  }

  private async unread(tx: { query: <T>(sql: string, params?: unknown[]) => Promise<T[]> }, userId: string): Promise<number> {
    const [row] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return row!.n;
  }
}

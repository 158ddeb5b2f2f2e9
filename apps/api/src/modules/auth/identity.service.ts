import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@rundown/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sha256 } from '../../common/crypto.js';
import { DatabaseService } from '../../common/database.service.js';
import type { Actor } from '../../common/request-context.js';

/** Refresh `last_seen_at` at most this often, so reads do not each write. */
const TOUCH_EVERY_MS = 60_000;

/** Resolves who is calling: session cookies, bearer tokens, and membership roles. */
@Injectable()
export class IdentityService {
  constructor(
    private readonly db: DatabaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async actorForSession(token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
    const session = await this.db.one<{ id: string; user_id: string; csrf_token: string; last_seen_at: Date }>(
        `SELECT s.id, s.user_id, s.csrf_token, s.last_seen_at
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.disabled_at IS NULL
            AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [sha256(token), this.config.SESSION_IDLE_MINUTES],
    );
    if (!session) return null;
    if (Date.now() - session.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      await this.db.one(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [session.id]);
    }
    return { actor: { userId: session.user_id, via: 'session', sessionId: session.id }, csrfToken: session.csrf_token };
  }

  async actorForApiToken(token: string): Promise<Actor | null> {
    const row = await this.db.one<{ id: string; user_id: string; last_used_at: Date | null }>(
        `SELECT t.id, t.user_id, t.last_used_at
           FROM api_tokens t JOIN users u ON u.id = t.user_id
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL
            AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [sha256(token)],
    );
    if (!row) return null;
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > TOUCH_EVERY_MS) {
      await this.db.one(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [row.id]);
    }
    return { userId: row.user_id, via: 'token', sessionId: null };
  }

  async roleIn(orgId: string, userId: string): Promise<Role | null> {
    const row = await this.db.one<{ role: Role }>(
      `SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`,
      [orgId, userId],
    );
    return row?.role ?? null;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@rundown/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sha256 } from '../../common/crypto.js';
import { DatabaseService } from '../../common/database.service.js';
import type { Identity, IdentityResolver } from '../../common/identity-resolver.js';

/** Refresh `last_seen_at` / `last_used_at` at most this often, so reads do not each write. */
const TOUCH_EVERY_MS = 60_000;

/**
 * A resolved identity is reused for this long by this replica, and a lookup under way is shared,
 * so the burst of parallel requests a page makes costs one query. Logout, revocation and role
 * changes made through this replica clear it once their change has committed (`tx.afterCommit`:
 * cleared any earlier, a request in between would cache the old identity again), so the next
 * request is refused; through another replica they take effect within this window.
 */
const CACHE_MS = 2_000;
const CACHE_MAX = 10_000;

export type { Identity } from '../../common/identity-resolver.js';

type IdentityRow = { id: string; user_id: string; csrf_token: string | null; seen: Date | null; role: Role | null; two_factor_missing: boolean | null };

/** Whether the organization in `memberships m` requires two-factor sign-in of the user `u` and they lack it. */
const TWO_FACTOR_MISSING = `(m.role IN ('owner', 'admin') AND u.totp_enabled_at IS NULL
          AND (SELECT o.require_two_factor FROM organizations o WHERE o.id = m.organization_id)) AS two_factor_missing`;

/** A lookup, shared while under way and reused until `until`; `userId` is known once it resolves. */
type CacheEntry = { identity: Promise<Identity | null>; userId: string | null; until: number };

/**
 * Resolves who is calling — a session cookie or a bearer token — and, for an organization
 * route, their role there, in one query.
 */
@Injectable()
export class IdentityService implements IdentityResolver {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly db: DatabaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  fromSession(token: string, orgId: string | null): Promise<Identity | null> {
    return this.cached(`s:${token}:${orgId ?? ''}`, () => this.lookUpSession(token, orgId));
  }

  fromApiToken(token: string, orgId: string | null): Promise<Identity | null> {
    return this.cached(`t:${token}:${orgId ?? ''}`, () => this.lookUpApiToken(token, orgId));
  }

  /**
   * Forgets every cached identity of this user (logout, revoked tokens, changed roles), and lookups
   * under way. Call it after the change has committed, never inside its transaction.
   */
  forgetUser(userId: string): void {
    for (const [key, entry] of this.cache) if (entry.userId === userId || entry.userId === null) this.cache.delete(key);
  }

  /** Forgets every cached identity (an organization's sign-in policy changed). */
  forgetAll(): void {
    this.cache.clear();
  }

  private cached(key: string, lookUp: () => Promise<Identity | null>): Promise<Identity | null> {
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.identity;
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    const entry: CacheEntry = { identity: lookUp(), userId: null, until: now + CACHE_MS };
    this.cache.set(key, entry);
    // Only a found identity is kept; no identity, or a failed lookup, is asked again next time.
    const drop = () => {
      if (this.cache.get(key) === entry) this.cache.delete(key);
    };
    entry.identity.then((identity) => (identity ? (entry.userId = identity.actor.userId) : drop()), drop);
    return entry.identity;
  }

  private async lookUpSession(token: string, orgId: string | null): Promise<Identity | null> {
    const row = await this.db.one<IdentityRow>(
      `SELECT s.id, s.user_id, s.csrf_token, s.last_seen_at AS seen, m.role, ${TWO_FACTOR_MISSING}
         FROM sessions s JOIN users u ON u.id = s.user_id
         LEFT JOIN memberships m ON m.user_id = s.user_id AND m.organization_id = $3
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.disabled_at IS NULL
          AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [sha256(token), this.config.SESSION_IDLE_MINUTES, orgId],
    );
    if (!row) return null;
    if (Date.now() - row.seen!.getTime() > TOUCH_EVERY_MS) {
      await this.db.one(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [row.id]);
    }
    return { actor: { userId: row.user_id, via: 'session', sessionId: row.id }, csrfToken: row.csrf_token, role: row.role, twoFactorMissing: row.two_factor_missing === true };
  }

  private async lookUpApiToken(token: string, orgId: string | null): Promise<Identity | null> {
    const row = await this.db.one<IdentityRow>(
      `SELECT t.id, t.user_id, NULL AS csrf_token, t.last_used_at AS seen, m.role, ${TWO_FACTOR_MISSING}
         FROM api_tokens t JOIN users u ON u.id = t.user_id
         LEFT JOIN memberships m ON m.user_id = t.user_id AND m.organization_id = $2
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL
          AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [sha256(token), orgId],
    );
    if (!row) return null;
    if (!row.seen || Date.now() - row.seen.getTime() > TOUCH_EVERY_MS) {
      await this.db.one(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [row.id]);
    }
    return { actor: { userId: row.user_id, via: 'token', sessionId: null }, csrfToken: null, role: row.role, twoFactorMissing: row.two_factor_missing === true };
  }
}

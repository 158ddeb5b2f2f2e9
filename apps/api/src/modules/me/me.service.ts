import { Injectable } from '@nestjs/common';
import type { ApiToken, CreateApiTokenInput, CreatedApiToken, UpdateMeInput, User } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { randomToken, sha256 } from '../../common/crypto.js';
import { DatabaseService } from '../../common/database.service.js';
import type { AuthedContext } from '../../common/request-context.js';
import { IdentityService } from '../auth/identity.service.js';
import { toUser, type UserRow } from '../auth/user.mapper.js';

type TokenRow = { id: string; name: string; prefix: string; created_at: Date; last_used_at: Date | null; expires_at: Date | null };

const toApiToken = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  expiresAt: row.expires_at?.toISOString() ?? null,
});

const TOKEN_COLUMNS = 'id, name, prefix, created_at, last_used_at, expires_at';

/** The signed-in user's own account: profile, sessions, personal API tokens. Every query names the user. */
@Injectable()
export class MeService {
  constructor(
    private readonly db: DatabaseService,
    private readonly identity: IdentityService,
  ) {}

  async update(ctx: AuthedContext, input: UpdateMeInput): Promise<User> {
    const row = await this.db.one<UserRow>(
      `UPDATE users SET name = coalesce($2, name), locale = coalesce($3, locale), updated_at = now()
        WHERE id = $1 RETURNING id, email, name, locale`,
      [ctx.actor.userId, input.name ?? null, input.locale ?? null],
    );
    if (!row) throw new AppError('unauthenticated');
    return toUser(row);
  }

  /** Forgets the cached identities once the revocation has committed, so the next request is refused. */
  async signOutOtherSessions(ctx: AuthedContext): Promise<number> {
    return this.db.system((tx) => {
      tx.afterCommit(() => this.identity.forgetUser(ctx.actor.userId));
      return tx.execute(
        `UPDATE sessions SET revoked_at = now()
          WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
        [ctx.actor.userId, ctx.actor.sessionId],
      );
    });
  }

  async listTokens(ctx: AuthedContext): Promise<ApiToken[]> {
    const rows = await this.db.system((tx) =>
      tx.query<TokenRow>(
        `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 100`,
        [ctx.actor.userId],
      ),
    );
    return rows.map(toApiToken);
  }

  async createToken(ctx: AuthedContext, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    const token = `rdt_${randomToken(32)}`;
    const [row] = await this.db.system((tx) =>
      tx.query<TokenRow>(
        `INSERT INTO api_tokens (user_id, name, prefix, token_hash, expires_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(days => $5::int) END)
         RETURNING ${TOKEN_COLUMNS}`,
        [ctx.actor.userId, input.name, token.slice(0, 10), sha256(token), input.expiresInDays ?? null],
      ),
    );
    return { ...toApiToken(row!), token };
  }

  async revokeToken(ctx: AuthedContext, id: string): Promise<void> {
    const touched = await this.db.system((tx) =>
      tx.execute(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`, [
        id,
        ctx.actor.userId,
      ]),
    );
    if (touched === 0) throw new AppError('not_found');
    this.identity.forgetUser(ctx.actor.userId);
  }
}

import { Injectable } from '@nestjs/common';
import type { Tx } from '../../common/database.service.js';

export type SessionRow = { id: string; created_at: Date; last_seen_at: Date; ip: string | null; user_agent: string | null };
export type ResetRow = { id: string; user_id: string; email: string; name: string };

/**
 * Identity bookkeeping for account security: passwords, reset links, sessions. Runs in
 * `DatabaseService.system` transactions (no organization yet); every statement names its user
 * or token hash.
 */
@Injectable()
export class AccountRepository {
  async user(tx: Tx, userId: string): Promise<{ email: string; name: string; password_hash: string } | undefined> {
    const [row] = await tx.query<{ email: string; name: string; password_hash: string }>(
      `SELECT email, name, password_hash FROM users WHERE id = $1 AND disabled_at IS NULL`,
      [userId],
    );
    return row;
  }

  async activeUserByEmail(tx: Tx, email: string): Promise<{ id: string; locale: 'id-ID' | 'en' } | undefined> {
    const [row] = await tx.query<{ id: string; locale: 'id-ID' | 'en' }>(`SELECT id, locale FROM users WHERE email = $1 AND disabled_at IS NULL`, [email]);
    return row;
  }

  async setPassword(tx: Tx, userId: string, passwordHash: string): Promise<void> {
    await tx.execute(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  /** Ends every session of the user but `keep` (null: every one). */
  revokeSessions(tx: Tx, userId: string, keep: string | null): Promise<number> {
    return tx.execute(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`, [userId, keep]);
  }

  revokeSession(tx: Tx, userId: string, sessionId: string): Promise<number> {
    return tx.execute(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`, [sessionId, userId]);
  }

  /** Live sessions, newest first, after the keyset `(createdAt, id)`. */
  sessions(tx: Tx, userId: string, idleMinutes: number, after: readonly [string, string] | null, limit: number): Promise<SessionRow[]> {
    return tx.query<SessionRow>(
      `SELECT id, created_at, last_seen_at, ip, user_agent FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [userId, idleMinutes, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async createReset(tx: Tx, userId: string, tokenHash: Buffer, ip: string, minutes: number): Promise<void> {
    await tx.execute(
      `INSERT INTO password_resets (user_id, token_hash, ip, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
      [userId, tokenHash, ip, minutes],
    );
  }

  /** The live reset link with this token hash, locked so it is used once. */
  async lockReset(tx: Tx, tokenHash: Buffer): Promise<ResetRow | undefined> {
    const [row] = await tx.query<ResetRow>(
      `SELECT r.id, r.user_id, u.email, u.name FROM password_resets r JOIN users u ON u.id = r.user_id
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND u.disabled_at IS NULL
        FOR UPDATE OF r`,
      [tokenHash],
    );
    return row;
  }

  /** Uses up every open reset link of the user (after a reset or a password change). */
  async useResets(tx: Tx, userId: string): Promise<void> {
    await tx.execute(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  async queueEmail(tx: Tx, to: string, subject: string, body: string): Promise<void> {
    await tx.execute(`INSERT INTO email_outbox (to_email, subject, body) VALUES ($1, $2, $3)`, [to, subject, body]);
  }
}

import { Injectable } from '@nestjs/common';
import { AppError } from './app-error.js';
import { DatabaseService } from './database.service.js';

export type RateRule = { key: string; limit: number; windowSeconds: number };

/**
 * Counts hits in PostgreSQL, so every API replica sees the same counts. Used for the few
 * routes where guessing matters (login, sign-up, password reset), not as a general request
 * throttle.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly db: DatabaseService) {}

  /**
   * Counts an attempt against every rule, or throws 429 with Retry-After when any rule is already
   * at its limit (then nothing is counted). Counting and deciding happen under a transaction-level
   * advisory lock per key, so concurrent attempts — on any replica — are limited exactly: of 30
   * parallel attempts against a limit of 10, 10 pass and 20 are refused. Returns the ids of the
   * hits it wrote, for `release` when the attempt turns out not to count (a successful login).
   */
  take(rules: RateRule[]): Promise<string[]> {
    const sorted = [...rules].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return this.db.system(async (tx) => {
      // One key at a time, in a fixed order (no deadlock); the count is a later statement, so its
      // snapshot sees every hit committed by whoever held the lock before.
      for (const rule of sorted) await tx.query(`SELECT pg_advisory_xact_lock(727002, hashtext($1))`, [rule.key]);
      for (const rule of sorted) {
        const [row] = await tx.query<{ hits: number; oldest: Date | null }>(
          `SELECT count(*)::int AS hits, min(at) AS oldest FROM rate_limit_hits
            WHERE key = $1 AND at > now() - make_interval(secs => $2)`,
          [rule.key, rule.windowSeconds],
        );
        if (row && row.hits >= rule.limit) {
          const resetsAt = (row.oldest?.getTime() ?? Date.now()) + rule.windowSeconds * 1000;
          const retryAfter = Math.max(1, Math.ceil((resetsAt - Date.now()) / 1000));
          throw new AppError('rate_limited', undefined, { headers: { 'retry-after': String(retryAfter) } });
        }
      }
      const rows = await tx.query<{ id: string }>(`INSERT INTO rate_limit_hits (key) SELECT unnest($1::text[]) RETURNING id`, [
        sorted.map((r) => r.key),
      ]);
      return rows.map((r) => r.id);
    });
  }

  /** Takes back hits written by `take`. */
  async release(ids: string[]): Promise<void> {
    await this.db.one(`DELETE FROM rate_limit_hits WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** Forgets every hit of a key (a successful login clears its account's failures). */
  async clear(key: string): Promise<void> {
    await this.db.one(`DELETE FROM rate_limit_hits WHERE key = $1`, [key]);
  }
}

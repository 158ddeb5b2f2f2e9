import { Injectable } from '@nestjs/common';
import { AppError } from './app-error.js';
import { DatabaseService } from './database.service.js';

export type RateRule = { key: string; limit: number; windowSeconds: number };

/**
 * Counts hits in PostgreSQL, so every API replica sees the same counts. Used for the few
 * routes where guessing matters (login, sign-up), not as a general request throttle.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly db: DatabaseService) {}

  /** Throws 429 with Retry-After when any rule is already at its limit. */
  async check(rules: RateRule[]): Promise<void> {
    for (const rule of rules) {
      const row = await this.db.one<{ hits: number; oldest: Date | null }>(
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
  }

  async hit(keys: string[]): Promise<void> {
    await this.db.one(`INSERT INTO rate_limit_hits (key) SELECT unnest($1::text[])`, [keys]);
  }

  async clear(key: string): Promise<void> {
    await this.db.one(`DELETE FROM rate_limit_hits WHERE key = $1`, [key]);
  }
}

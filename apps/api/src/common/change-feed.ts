import { Logger } from '@nestjs/common';
import type { DatabaseService } from './database.service.js';
import type { PgChannel } from './pg-channel.js';

/** Waits between failed attempts to listen again; past the list, the last one repeats. */
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * The LISTEN side of answers kept in memory until a change they show is committed (triggers
 * NOTIFY the channel at commit; `forget` drops what a message names).
 *
 * Before a kept answer is served, `caughtUp()` makes a round trip on the listening connection:
 * PostgreSQL delivers pending messages first, so nothing served is older than the last change
 * committed before the request arrived — the same answer a fresh read gives. Concurrent callers
 * share one round trip. While the channel is not listening `caughtUp()` answers false (read the
 * database; keep nothing) and starts listening again, backing off while that fails; when the
 * connection drops, `forgetAll` runs, since messages may have been missed.
 */
export class ChangeFeed {
  private readonly logger: Logger;
  private readonly channel: PgChannel;
  private syncing: Promise<void> | null = null;
  private nextSync: Promise<void> | null = null;
  private failedOpens = 0;
  private nextOpenAt = 0;

  constructor(
    db: DatabaseService,
    name: string,
    private readonly what: string,
    handlers: { forget: (payload: string) => void; forgetAll: () => void },
  ) {
    this.logger = new Logger(`ChangeFeed ${name}`);
    this.channel = db.channel(name, {
      message: handlers.forget,
      lost: (error) => {
        handlers.forgetAll();
        this.logger.warn(`${what} no longer kept (${error.message}); reads go to the database until it listens again`);
      },
    });
  }

  /** True once every change committed before this call has been delivered; false while not listening. */
  async caughtUp(): Promise<boolean> {
    if (!this.channel.isOpen) {
      this.listen();
      return false;
    }
    try {
      await this.sync();
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.channel.close();
  }

  /** Starts listening, unless an attempt failed recently (then reads go to the database meanwhile). */
  private listen(): void {
    if (Date.now() < this.nextOpenAt) return;
    this.nextOpenAt = Number.POSITIVE_INFINITY;
    this.channel.open().then(
      () => {
        this.failedOpens = 0;
        this.nextOpenAt = 0;
      },
      (error: Error) => {
        const wait = RETRY_MS[Math.min(this.failedOpens++, RETRY_MS.length - 1)]!;
        this.nextOpenAt = Date.now() + wait;
        this.logger.warn(`cannot listen for ${this.what} (${error.message}); trying again in ${wait / 1000} s`);
      },
    );
  }

  /** A round trip that starts after this call; callers arriving during one share the next. */
  private sync(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.channel.roundTrip().finally(() => {
        this.syncing = null;
      });
      return this.syncing;
    }
    this.nextSync ??= this.syncing
      .catch(() => undefined)
      .then(() => {
        this.nextSync = null;
        return this.sync();
      });
    return this.nextSync;
  }
}

import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DatabaseService } from '../../common/database.service.js';
import type { PgChannel } from '../../common/pg-channel.js';

const CHANNEL = 'rundown_changed';
const REOPEN_AFTER_MS = 3_000;

type Listener = (payload: { kind: 'live' | 'cues' }) => void;

/**
 * Fans rundown changes out to the Server-Sent Event streams of this replica. Changes are
 * announced with PostgreSQL NOTIFY in the writing transaction (so they are delivered only if
 * it commits), and every replica LISTENs, so a show caller on one replica moves the screens
 * connected to all of them.
 */
@Injectable()
export class LiveHub implements OnModuleDestroy {
  private readonly logger = new Logger(LiveHub.name);
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly channel: PgChannel;
  private stopped = false;

  constructor(db: DatabaseService) {
    this.channel = db.channel(CHANNEL, {
      message: (payload) => {
        const { key, kind } = JSON.parse(payload) as { key: string; kind: 'live' | 'cues' };
        for (const listener of this.listeners.get(key) ?? []) listener({ kind });
      },
      lost: (error) => {
        this.logger.warn(`live listener lost its connection: ${error.message}`);
        this.reopen();
      },
    });
  }

  /** Listens again, every few seconds until it can, while any screen is following a rundown. */
  private reopen(): void {
    setTimeout(() => {
      if (!this.stopped && this.listeners.size > 0) this.channel.open().catch(() => this.reopen());
    }, REOPEN_AFTER_MS).unref();
  }

  static key(eventId: string, day: string): string {
    return `${eventId}/${day}`;
  }

  /** The SQL that announces a change; run it inside the writing transaction. */
  static notifySql = `SELECT pg_notify('${CHANNEL}', $1)`;

  async subscribe(key: string, listener: Listener): Promise<() => void> {
    await this.channel.open();
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set!.delete(listener);
      if (set!.size === 0) this.listeners.delete(key);
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.channel.close();
  }
}

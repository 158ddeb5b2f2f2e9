import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';

const CHANNEL = 'rundown_changed';

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
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  static key(eventId: string, day: string): string {
    return `${eventId}/${day}`;
  }

  /** The SQL that announces a change; run it inside the writing transaction. */
  static notifySql = `SELECT pg_notify('${CHANNEL}', $1)`;

  async subscribe(key: string, listener: Listener): Promise<() => void> {
    await this.ensureListening();
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set!.delete(listener);
      if (set!.size === 0) this.listeners.delete(key);
    };
  }

  private ensureListening(): Promise<void> {
    this.connecting ??= (async () => {
      const pool = (this.dataSource.driver as unknown as { master: pg.Pool }).master;
      const client = new pg.Client(pool.options as pg.ClientConfig);
      client.on('error', (error) => {
        this.logger.warn(`live listener lost its connection: ${error.message}`);
        this.client = null;
        this.connecting = null;
      });
      client.on('notification', (message) => {
        if (!message.payload) return;
        const { key, kind } = JSON.parse(message.payload) as { key: string; kind: 'live' | 'cues' };
        for (const listener of this.listeners.get(key) ?? []) listener({ kind });
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.client = client;
    })();
    return this.connecting;
  }

  async onModuleDestroy(): Promise<void> {
    await this.client?.end().catch(() => undefined);
  }
}

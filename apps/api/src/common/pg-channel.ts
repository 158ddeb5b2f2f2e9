import { Logger } from '@nestjs/common';
import pg from 'pg';

export type ChannelHandlers = {
  /** A NOTIFY payload, in the order PostgreSQL delivered them. */
  message: (payload: string) => void;
  /** The connection failed or closed: messages may have been missed until the next `open()`. */
  lost: (error: Error) => void;
};

/** How long a round trip may take before the connection is treated as dead. */
const ROUND_TRIP_TIMEOUT_MS = 2_000;

/**
 * One LISTEN connection to a PostgreSQL notification channel, opened on first use with the
 * pool's settings but outside the pool, so it never holds a connection queries need. After a
 * failure `lost` runs and the next `open()` connects again; after `close()` it stays closed.
 */
export class PgChannel {
  private readonly logger = new Logger(PgChannel.name);
  private client: pg.Client | null = null;
  private opening: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly name: string,
    private readonly handlers: ChannelHandlers,
  ) {}

  get isOpen(): boolean {
    return this.client !== null;
  }

  open(): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`${this.name} is closed`));
    this.opening ??= this.connect().catch((error: unknown) => {
      this.opening = null;
      throw error;
    });
    return this.opening;
  }

  /**
   * A round trip on the listening connection. PostgreSQL delivers a session's pending
   * notifications before it reads the next query, so when this resolves, every message of a
   * transaction that committed before the call has been handled. A connection that does not
   * answer in time is dropped (a half-open socket would otherwise hold every caller).
   */
  async roundTrip(): Promise<void> {
    const client = this.client;
    if (!client) throw new Error(`${this.name} is not listening`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${this.name}: no answer in ${ROUND_TRIP_TIMEOUT_MS} ms`)), ROUND_TRIP_TIMEOUT_MS);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (error) {
      // Treated as the connection failing: its 'error' handler drops the client and reports it lost.
      client.emit('error', error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.opening?.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    // Named after the channel, so pg_stat_activity tells the listener apart from the pool.
    const client = new pg.Client({ ...(this.pool.options as pg.ClientConfig), application_name: `listen:${this.name}`, keepAlive: true });
    let gone = false;
    const lose = (error: Error) => {
      if (gone) return;
      gone = true;
      if (this.client === client || this.client === null) {
        this.client = null;
        this.opening = null;
      }
      void client.end().catch(() => undefined);
      if (!this.closed) this.handlers.lost(error);
    };
    client.on('error', lose);
    client.on('end', () => lose(new Error(`${this.name}: connection closed`)));
    client.on('notification', (message) => {
      if (!message.payload) return;
      try {
        this.handlers.message(message.payload);
      } catch (error) {
        this.logger.error(`${this.name}: could not handle ${JSON.stringify(message.payload)}: ${String(error)}`);
      }
    });
    await client.connect();
    await client.query(`LISTEN ${this.name}`);
    if (this.closed) {
      await client.end().catch(() => undefined);
      throw new Error(`${this.name} is closed`);
    }
    this.client = client;
  }
}

import pg from 'pg';

type Handlers = {
  /** A NOTIFY payload, in the order PostgreSQL delivered them. */
  message: (payload: string) => void;
  /** The connection failed or closed: messages may have been missed until the next `open()`. */
  lost: (error: Error) => void;
};

/**
 * One LISTEN connection to a PostgreSQL notification channel, opened on first use with the
 * pool's settings but outside the pool, so it never holds a connection queries need. After a
 * failure `lost` runs and the next `open()` connects again.
 */
export class PgChannel {
  private client: pg.Client | null = null;
  private opening: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly name: string,
    private readonly handlers: Handlers,
  ) {}

  get isOpen(): boolean {
    return this.client !== null;
  }

  open(): Promise<void> {
    this.opening ??= this.connect().catch((error: unknown) => {
      this.opening = null;
      throw error;
    });
    return this.opening;
  }

  /**
   * A round trip on the listening connection. PostgreSQL delivers a session's pending
   * notifications before it answers a query, so when this resolves, every message of a
   * transaction that committed before the call has been handled.
   */
  async roundTrip(): Promise<void> {
    if (!this.client) throw new Error(`${this.name} is not listening`);
    await this.client.query('SELECT 1');
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    // Named after the channel, so pg_stat_activity tells the listener apart from the pool.
    const client = new pg.Client({ ...(this.pool.options as pg.ClientConfig), application_name: `listen:${this.name}` });
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
      if (message.payload) this.handlers.message(message.payload);
    });
    await client.connect();
    await client.query(`LISTEN ${this.name}`);
    this.client = client;
  }
}

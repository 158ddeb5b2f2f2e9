import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import pg, { type Pool, type PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError } from './app-error.js';
import { PgChannel, type ChannelHandlers } from './pg-channel.js';

/** A transaction handle: rows in, rows out. Repositories never see anything wider. */
export type Tx = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement and returns how many rows it touched. */
  execute(sql: string, params?: unknown[]): Promise<number>;
  /**
   * Runs `effect` once this transaction has committed (never if it rolls back): for what other
   * requests must not see before the change is visible, such as forgetting a cached identity.
   */
  afterCommit(effect: () => void): void;
  /**
   * Puts the rest of this transaction in the bulk class of statements (imports, exports, documents,
   * baselines: one statement may write or read a whole 50,000-line budget): its statements may run
   * `DATABASE_BULK_STATEMENT_TIMEOUT_MS` instead of the request class's `DATABASE_STATEMENT_TIMEOUT_MS`.
   */
  bulk(): Promise<void>;
};

/** A transaction bound to one organization (row-level security enforces it too). */
export type TenantTx = Tx & { orgId: string; userId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const statementNames = new Map<string, string>();

/**
 * Every statement runs as a named prepared statement, so PostgreSQL parses and plans each
 * distinct SQL text once per connection instead of once per request.
 */
function prepared(sql: string, values?: unknown[]) {
  let name = statementNames.get(sql);
  if (!name) {
    name = `rd${statementNames.size}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values };
}

function wrap(client: PoolClient, committed: (() => void)[], bulkTimeoutMs: number): Tx {
  return {
    afterCommit(effect: () => void) {
      committed.push(effect);
    },
    async bulk() {
      await client.query(`SELECT set_config('statement_timeout', '${Math.trunc(bulkTimeoutMs)}', true)`);
    },
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(prepared(sql, params))).rows as T[];
    },
    async execute(sql: string, params?: unknown[]) {
      return (await client.query(prepared(sql, params))).rowCount ?? 0;
    },
  };
}

/** The database functions that enter the tenant scope themselves (see `scopedRead`), with their arity. */
const SCOPED_READ_ARITY = { app_budget_summary: 3, app_vendor_tasks: 6, app_vendor_organizations: 1 } as const;
type ScopedReadFunction = keyof typeof SCOPED_READ_ARITY;

/** `SELECT * FROM fn($1, …, $n)` for each scoped-read function. */
export const SCOPED_READ_SQL = Object.fromEntries(
  Object.entries(SCOPED_READ_ARITY).map(([fn, arity]) => [fn, `SELECT * FROM ${fn}(${Array.from({ length: arity }, (_, i) => `$${i + 1}`).join(', ')})`]),
) as Record<ScopedReadFunction, string>;

/** The scope as a literal, so BEGIN and the settings travel in one round trip. Ids are checked first. */
function scopeStatement(scope: { orgId: string | null; userId: string | null }): string {
  for (const id of [scope.orgId, scope.userId]) if (id !== null && !UUID.test(id)) throw new Error('Scope ids must be UUIDs');
  return `BEGIN; SELECT set_config('role', 'rundown_app', true), set_config('app.org_id', '${scope.orgId ?? ''}', true), set_config('app.user_id', '${scope.userId ?? ''}', true)`;
}

/** Seconds a client is told to wait (`Retry-After`) when the API is overloaded. */
const RETRY_AFTER_SECONDS = 1;

/** 503 `overloaded` with `Retry-After`: busy, not broken — the client may simply try again. */
export const overloaded = (detail?: string) => new AppError('overloaded', detail, { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } });

/**
 * What an exhausted pool or a statement cancelled by `statement_timeout` becomes: 503 with
 * `Retry-After`, never a 500. Anything else is passed on as it is.
 */
function asOverload(error: unknown): unknown {
  const e = error as { message?: string; code?: string } | null;
  if (e?.code === '57014' && /statement timeout/.test(e.message ?? '')) return overloaded('A query took too long; try again');
  if (e?.message === 'timeout exceeded when trying to connect') return overloaded();
  return error;
}

/**
 * Transactions straight on the pg pool that TypeORM opened (TypeORM keeps the pool and the
 * migrations; the request path skips its query-runner layer, which costs more than the SQL).
 *
 * Overload is bounded: a request waits `DATABASE_POOL_WAIT_MS` at most for a connection, at most
 * `DATABASE_POOL_QUEUE` requests wait at all (the next one is answered at once), and a statement
 * runs `DATABASE_STATEMENT_TIMEOUT_MS` at most (set on the pool's connections; a transaction in
 * the bulk class raises it with `tx.bulk()`) — each answered 503 `overloaded` with `Retry-After`.
 */
@Injectable()
export class DatabaseService implements OnModuleDestroy {
  private readonly pool: Pool;
  private readonly maxWaiting: number;
  private readonly bulkTimeoutMs: number;
  /** Health checks' own connection, so `/api/health` answers while every pooled one is busy. */
  private healthClient: Promise<pg.Client> | null = null;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
    this.maxWaiting = config.DATABASE_POOL_QUEUE;
    this.bulkTimeoutMs = config.DATABASE_BULK_STATEMENT_TIMEOUT_MS;
  }

  /** A pooled connection, or 503 when too many requests already wait or the wait runs out. */
  private async connect(): Promise<PoolClient> {
    if (this.pool.waitingCount >= this.maxWaiting && this.pool.idleCount === 0) throw overloaded();
    try {
      return await this.pool.connect();
    } catch (error) {
      throw asOverload(error);
    }
  }

  /** Runs `work` on a pooled connection; on failure rolls back, and discards a connection that cannot. */
  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.connect();
    let broken = false;
    try {
      return await work(client);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw asOverload(error);
    } finally {
      client.release(broken);
    }
  }

  private transaction<T>(begin: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      const committed: (() => void)[] = [];
      await client.query(begin);
      const result = await work(wrap(client, committed, this.bulkTimeoutMs));
      await client.query('COMMIT');
      for (const effect of committed) effect();
      return result;
    });
  }

  /**
   * A transaction as the runtime role `rundown_app`, which owns nothing: row-level security
   * limits it to `orgId` (and to the user's own memberships).
   */
  scoped<T>(scope: { orgId: string | null; userId: string | null }, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction(scopeStatement(scope), work);
  }

  /** The tenant transaction every organization-owned read and write goes through. */
  tenant<T>(orgId: string, userId: string | null, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.scoped({ orgId, userId }, (tx) => work({ ...tx, orgId, userId }));
  }

  /**
   * A transaction as the connection's own role, outside row-level security: only for
   * identity bookkeeping (users, sessions, tokens, invitations by token) that precedes
   * knowing the organization. Every query here names its user or token explicitly.
   */
  system<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('BEGIN', work);
  }

  /**
   * Rows of a database function that enters the tenant scope itself (migration
   * 1764300000000): one prepared statement in autocommit, so one round trip and a plan
   * PostgreSQL keeps. For hot read paths; inside a tenant transaction use `tx.query` on it.
   */
  async scopedRead<T>(fn: ScopedReadFunction, args: unknown[]): Promise<T[]> {
    if (args.length !== SCOPED_READ_ARITY[fn]) throw new Error(`${fn} takes ${SCOPED_READ_ARITY[fn]} arguments`);
    return (await this.single(prepared(SCOPED_READ_SQL[fn], args))).rows as T[];
  }

  /** One statement outside any transaction and outside row-level security (see `system`). */
  async one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined> {
    return (await this.single(prepared(sql, params))).rows[0] as T | undefined;
  }

  /** One statement in autocommit, with the pool's overload bounds. */
  private async single(statement: ReturnType<typeof prepared>): Promise<pg.QueryResult> {
    const client = await this.connect();
    try {
      return await client.query(statement);
    } catch (error) {
      throw asOverload(error);
    } finally {
      client.release();
    }
  }

  /** A LISTEN connection to `name` with this pool's settings (see `PgChannel`). */
  channel(name: string, handlers: ChannelHandlers): PgChannel {
    return new PgChannel(this.pool, name, handlers);
  }

  /** True when PostgreSQL answers within `timeoutMs`, on the health checks' own connection. */
  async ping(timeoutMs: number): Promise<boolean> {
    const timeout = new Promise<boolean>((done) => setTimeout(() => done(false), timeoutMs).unref());
    const probe = this.healthConnection()
      .then((client) => client.query('SELECT 1'))
      .then(() => true)
      .catch(() => {
        this.dropHealthConnection();
        return false;
      });
    const answered = await Promise.race([probe, timeout]);
    if (!answered) this.dropHealthConnection();
    return answered;
  }

  private healthConnection(): Promise<pg.Client> {
    this.healthClient ??= (async () => {
      const client = new pg.Client({ ...this.pool.options, application_name: 'rundown-api-health' } as pg.ClientConfig);
      client.on('error', () => this.dropHealthConnection());
      await client.connect();
      return client;
    })();
    return this.healthClient;
  }

  private dropHealthConnection(): void {
    const client = this.healthClient;
    this.healthClient = null;
    void client?.then((c) => c.end()).catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    this.dropHealthConnection();
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';

/** A transaction handle: rows in, rows out. Repositories never see anything wider. */
export type Tx = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement and returns how many rows it touched. */
  execute(sql: string, params?: unknown[]): Promise<number>;
};

/** A transaction bound to one organization (row-level security enforces it too). */
export type TenantTx = Tx & { orgId: string; userId: string | null };

function wrap(runner: QueryRunner): Tx {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const result = await runner.query(sql, params, true);
      return result.records as T[];
    },
    async execute(sql: string, params?: unknown[]) {
      const result = await runner.query(sql, params, true);
      return result.affected ?? 0;
    },
  };
}

@Injectable()
export class DatabaseService {
  constructor(private readonly dataSource: DataSource) {}

  private async transaction<T>(setup: ((tx: Tx) => Promise<void>) | null, work: (tx: Tx) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const tx = wrap(runner);
      if (setup) await setup(tx);
      const result = await work(tx);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * A transaction as the runtime role `rundown_app`, which owns nothing: row-level security
   * limits it to `orgId` (and to the user's own memberships).
   */
  scoped<T>(scope: { orgId: string | null; userId: string | null }, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction(
      (tx) =>
        tx
          .query(
            `SELECT set_config('role', 'rundown_app', true), set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`,
            [scope.orgId ?? '', scope.userId ?? ''],
          )
          .then(() => undefined),
      work,
    );
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
    return this.transaction(null, work);
  }

  /** One statement outside any transaction and outside row-level security (see `system`). */
  async one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined> {
    const rows = (await this.dataSource.query(sql, params)) as T[];
    return rows[0];
  }

  async ping(timeoutMs: number): Promise<boolean> {
    const timeout = new Promise<boolean>((done) => setTimeout(() => done(false), timeoutMs).unref());
    const probe = this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    return Promise.race([probe, timeout]);
  }
}

import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';

/** How long the app's pool waits for a connection, and how long a statement may run. */
export type PoolLimits = { waitMs: number; statementTimeoutMs: number };

/**
 * The one description of the database, shared by the app, the migration CLI and tests. The app's pool waits `waitMs` at most for a connection (then the request is answered 503) and
 * cancels a statement after `statementTimeoutMs`; the migration CLI keeps PostgreSQL's defaults.
 */
export function dataSourceOptions(url: string, poolSize = 10, limits?: PoolLimits): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    poolSize,
    extra: {
      application_name: 'rundown-api',
      connectionTimeoutMillis: limits?.waitMs ?? 5000,
      ...(limits ? { statement_timeout: limits.statementTimeoutMs } : {}),
    },
  };
}

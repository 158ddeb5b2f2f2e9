import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';

/** The one description of the database, shared by the app, the migration CLI and tests. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    poolSize,
    extra: { application_name: 'rundown-api', connectionTimeoutMillis: 5000 },
  };
}

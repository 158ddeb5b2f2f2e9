import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';

/** Held while a process migrates or seeds, so replicas booting together take turns. */
export const SETUP_LOCK = 727_001;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so replicas booting at the
 * same moment take turns instead of racing. Returns the names of the migrations it ran.
 */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  lock.on('error', () => undefined);
  await lock.connect();
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, 1));
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
    await dataSource.initialize();
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK]).catch(() => undefined);
    await lock.end();
  }
}

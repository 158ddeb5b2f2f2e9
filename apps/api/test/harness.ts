import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { createApp } from '../src/create-app.js';

export type TestEnv = {
  app: NestFastifyApplication;
  /** A superuser connection to this file's database, for arranging what the API cannot. */
  sql: pg.Pool;
  databaseUrl: string;
};

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Gives the test file its own database, cloned from the migrated template, and an app on it. */
export function useTestApp(env: Record<string, string> = {}): TestEnv {
  const state = {} as TestEnv;
  const database = `rundown_test_${randomBytes(6).toString('hex')}`;
  const serverUrl = inject('pgServerUrl');
  const admin = () => new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${database} TEMPLATE ${inject('templateDatabase')}`);
    await client.end();
    state.databaseUrl = withDatabase(serverUrl, database);
    // Tests that fire 30–50 parallel writes at one row must see the rule they test (409/412), not the
    // overload answer: on a loaded CI machine the queue for the 10 connections can pass the 2 s
    // production wait. overload.int-spec.ts sets its own tight limits.
    const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', DATABASE_POOL_WAIT_MS: '20000', ...env });
    state.app = await createApp(config, state.databaseUrl);
    state.sql = new pg.Pool({ connectionString: state.databaseUrl, max: 2 });
    state.sql.on('error', () => undefined);
  });

  afterAll(async () => {
    await state.app?.close();
    await state.sql?.end();
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
  });

  return state;
}

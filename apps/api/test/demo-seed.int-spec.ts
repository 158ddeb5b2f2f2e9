import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { createApp } from '../src/create-app.js';
import { DEMO_LOGIN, seedDemo } from '../src/database/seeds/demo.seed.js';
import { TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();
const others: NestFastifyApplication[] = [];
afterAll(async () => {
  for (const app of others) await app.close();
});

describe('seeding the demo', () => {
  it('two replicas booting together seed it once, neither fails', async () => {
    const second = await createApp(parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' }), t.databaseUrl);
    others.push(second);
    const results = await Promise.allSettled([seedDemo(t.app), seedDemo(second)]);
    expect(results).toEqual([
      { status: 'fulfilled', value: true },
      { status: 'fulfilled', value: true },
    ]);
    const { rows } = await t.sql.query(
      `SELECT (SELECT count(*)::int FROM organizations WHERE name = 'Senja Production House') AS orgs,
              (SELECT count(*)::int FROM users WHERE email LIKE '%rundown.id' OR email = 'vendor@suarajaya.co.id') AS users,
              (SELECT count(*)::int FROM events) AS events`,
    );
    expect(rows[0]).toEqual({ orgs: 1, users: 5, events: 4 });

    // A later boot finds it and leaves it alone.
    expect(await seedDemo(second)).toBe(true);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(4);
    const demo = new TestClient(t.app);
    expect((await demo.post('/api/auth/login', { email: DEMO_LOGIN.email, password: DEMO_LOGIN.password })).status).toBe(200);
  });
});

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

  it("gives the concert its places and permits: the international act's crowd permit is past its apply-by date, and the app says so", async () => {
    const demo = new TestClient(t.app);
    const login = await demo.post('/api/auth/login', { email: DEMO_LOGIN.email, password: DEMO_LOGIN.password });
    const orgId = login.body.memberships[0].organizationId;
    const concert = (await demo.get(`/api/orgs/${orgId}/events?q=Konser`)).body.items[0];
    expect(concert).toMatchObject({ scale: 'international', expectedAttendance: 7000 });
    const places = (await demo.get(`/api/orgs/${orgId}/events/${concert.id}/places`)).body.items;
    expect(places.map((p: { locationName: string; spaceName: string | null; holdStatus: string }) => `${p.locationName} · ${p.spaceName} · ${p.holdStatus}`)).toEqual([
      'Gudang Senja Cakung · Bay 1 · confirmed',
      'Hotel Atlet Century Park · Ruang rapat Garuda · tentative',
      'Istora Senayan · Arena utama · confirmed',
      'Istora Senayan · Backstage & ruang artis · confirmed',
    ]);
    expect(places.find((p: { spaceName: string }) => p.spaceName === 'Arena utama').loadIn).not.toBeNull();
    const overdue = (await demo.get(`/api/orgs/${orgId}/permits?due=overdue`)).body.items;
    expect(overdue.map((p: { typeCode: string; leadDays: number; urgency: string }) => [p.typeCode, p.leadDays, p.urgency])).toContainEqual(['crowd', 30, 'overdue']);
    const all = (await demo.get(`/api/orgs/${orgId}/permits?eventId=${concert.id}`)).body.items;
    expect(all.map((p: { status: string }) => p.status).sort()).toEqual(['approved', 'not_started', 'preparing', 'preparing', 'submitted', 'submitted']);
  });
});

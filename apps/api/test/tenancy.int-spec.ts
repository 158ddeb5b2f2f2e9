import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

describe('organization isolation', () => {
  let a: TestClient;
  let b: TestClient;
  let eventA: { id: string };

  beforeAll(async () => {
    a = await new TestClient(t.app).signup('alpha');
    b = await new TestClient(t.app).signup('beta');
    eventA = (await a.post(`/api/orgs/${a.orgId}/events`, jakartaEvent({ name: 'Rahasia A' }))).body;
  });

  it("answers 404, never data, for another organization's routes and objects", async () => {
    const paths = [
      `/api/orgs/${a.orgId}`,
      `/api/orgs/${a.orgId}/events`,
      `/api/orgs/${a.orgId}/events/${eventA.id}`,
      `/api/orgs/${a.orgId}/members`,
      `/api/orgs/${a.orgId}/audit`,
    ];
    for (const path of paths) {
      const res = await b.get(path);
      expect(res.status, path).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Rahasia');
    }
    // A's event id under B's own organization is just as unknown.
    expect((await b.get(`/api/orgs/${b.orgId}/events/${eventA.id}`)).status).toBe(404);
    expect((await b.patch(`/api/orgs/${b.orgId}/events/${eventA.id}`, { name: 'x' }, { headers: { 'if-match': '"1"' } })).status).toBe(404);
    expect((await b.delete(`/api/orgs/${b.orgId}/events/${eventA.id}`)).status).toBe(404);
    expect((await a.get(`/api/orgs/${a.orgId}/events/${eventA.id}`)).body.name).toBe('Rahasia A');
  });

  it('treats a malformed id as not found', async () => {
    expect((await a.get(`/api/orgs/not-a-uuid/events`)).status).toBe(404);
    expect((await a.get(`/api/orgs/${a.orgId}/events/123`)).status).toBe(404);
  });
});

describe('row-level security on its own', () => {
  let client: pg.PoolClient;
  let orgA: string;

  beforeAll(async () => {
    const a = await new TestClient(t.app).signup('rls');
    orgA = a.orgId;
    await a.post(`/api/orgs/${orgA}/events`, jakartaEvent());
  });

  const asRuntimeRole = async <T>(orgId: string | null, work: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('role', 'rundown_app', true), set_config('app.org_id', $1, true)`, [orgId ?? '']);
      return await work(client);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  };

  it('shows nothing to a query with no organization scope', async () => {
    const superuserCount = (await t.sql.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    expect(superuserCount).toBeGreaterThan(0);
    for (const table of ['events', 'memberships', 'invitations', 'audit_log', 'organizations']) {
      const rows = await asRuntimeRole(null, (c) => c.query(`SELECT * FROM ${table}`));
      expect(rows.rowCount, table).toBe(0);
    }
  });

  it("shows only the scoped organization's rows, and refuses writes into another", async () => {
    const other = await new TestClient(t.app).signup('rls-other');
    const rows = await asRuntimeRole(other.orgId, (c) => c.query(`SELECT organization_id FROM events`));
    expect(rows.rows.every((r) => r.organization_id === other.orgId)).toBe(true);
    await expect(
      asRuntimeRole(other.orgId, (c) =>
        c.query(
          `INSERT INTO events (organization_id, name, kind, status, start_at, end_at, time_zone, currency)
           VALUES ($1, 'x', 'other', 'planning', now(), now(), 'UTC', 'IDR')`,
          [orgA],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('gives the runtime role no access to sessions or tokens at all', async () => {
    await expect(asRuntimeRole(orgA, (c) => c.query(`SELECT * FROM sessions`))).rejects.toThrow(/permission denied/);
    await expect(asRuntimeRole(orgA, (c) => c.query(`SELECT * FROM api_tokens`))).rejects.toThrow(/permission denied/);
  });
});

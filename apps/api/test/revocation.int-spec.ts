import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PASSWORD, TestClient, join } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

/**
 * Holds a lock (taken by `take` on a connection of its own) until released, so a revocation can be
 * caught between the moment the API forgets its cached identities and the moment its change commits.
 */
async function holdLock(sql: pg.Pool, take: string, params: unknown[] = []) {
  const client = await sql.connect();
  await client.query('BEGIN');
  await client.query(take, params);
  return {
    /** Resolves once some other statement waits on a lock in this database. */
    async waitForBlocked(): Promise<void> {
      for (let i = 0; i < 500; i++) {
        const { rows } = await sql.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (rows[0].n > 0) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error('nothing blocked on the held lock');
    },
    async release(): Promise<void> {
      await client.query('COMMIT');
      client.release();
    },
  };
}

/**
 * Each case starts a revocation, holds it just before its commit, lets the victim make a request
 * meanwhile (it still succeeds and its identity is cached), then lets the commit through: the
 * victim's very next request on the same replica must be refused. With the identity cache cleared
 * before the commit, that request was answered from the stale cache for up to 2 seconds.
 */
describe('revocation takes effect on the next request', () => {
  it('sign out other sessions', async () => {
    const laptop = await new TestClient(t.app).signup('revoke-sessions');
    const phone = new TestClient(t.app);
    expect((await phone.post('/api/auth/login', { email: laptop.me!.user.email, password: PASSWORD })).status).toBe(200);
    await phone.csrfToken();
    const phoneSession = (
      await t.sql.query(`SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`, [laptop.me!.user.id])
    ).rows[0].id;
    const lock = await holdLock(t.sql, `SELECT 1 FROM sessions WHERE id = $1 FOR UPDATE`, [phoneSession]);
    const signOut = laptop.post('/api/me/sessions/sign-out-others');
    await lock.waitForBlocked();
    expect((await phone.get('/api/me')).status).toBe(200);
    await lock.release();
    expect((await signOut).body).toEqual({ revoked: 1 });
    expect((await phone.get('/api/me')).status).toBe(401);
  });

  it('removing a member', async () => {
    const owner = await new TestClient(t.app).signup('revoke-remove');
    const crew = await join(t.app, owner, 'crew');
    const member = (await owner.get(`/api/orgs/${owner.orgId}/members`)).body.items.find((m: { role: string }) => m.role === 'crew');
    const lock = await holdLock(t.sql, `LOCK TABLE audit_log IN SHARE MODE`);
    const removal = owner.delete(`/api/orgs/${owner.orgId}/members/${member.id}`);
    await lock.waitForBlocked();
    expect((await crew.get(`/api/orgs/${owner.orgId}`)).status).toBe(200);
    await lock.release();
    expect((await removal).status).toBe(204);
    expect((await crew.get(`/api/orgs/${owner.orgId}`)).status).toBe(404);
  });

  it('demoting a member', async () => {
    const owner = await new TestClient(t.app).signup('revoke-demote');
    const admin = await join(t.app, owner, 'admin');
    const member = (await owner.get(`/api/orgs/${owner.orgId}/members`)).body.items.find((m: { role: string }) => m.role === 'admin');
    const lock = await holdLock(t.sql, `LOCK TABLE audit_log IN SHARE MODE`);
    const demotion = owner.patch(`/api/orgs/${owner.orgId}/members/${member.id}`, { role: 'crew' }, { headers: { 'if-match': `"${member.version}"` } });
    await lock.waitForBlocked();
    expect((await admin.get(`/api/orgs/${owner.orgId}/members`)).status).toBe(200);
    await lock.release();
    expect((await demotion).status).toBe(200);
    expect((await admin.get(`/api/orgs/${owner.orgId}/members`)).status).toBe(403);
  });

});

import { describe, expect, it } from 'vitest';
import { TestClient } from './client.js';
import { useTestApp } from './harness.js';

/**
 * Row-level security checked from the catalog of the fully migrated database, so a table or
 * function added by any future migration is covered without anyone listing it here.
 */
const t = useTestApp();

const RUNTIME_ROLE = 'rundown_app';

/**
 * Every SECURITY DEFINER function, and why it may bypass row-level security. A new one fails
 * the test until it is added here with its reason.
 */
const SECURITY_DEFINERS: Record<string, string> = {
  app_vendor_task_watchers:
    "Who to notify about a vendor's change to a task (creator and assignees): the vendor's scope cannot read others' assignments. Answers only for a task of the caller's own vendors, and returns user ids only.",
  app_vendor_task_places:
    "What a vendor sees of its task's place (address, city, postal code, coordinates for the map link, loading-dock notes, load-in window): the vendor's scope cannot read the organization's places. Answers only for tasks of the caller's own vendors, and returns only those columns.",
};

describe('row-level security, from the catalog', () => {
  it('enables and forces RLS, with a policy, on every table that has organization_id', async () => {
    const { rows } = await t.sql.query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped)
       ORDER BY c.relname`);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const weak = rows.filter((r) => !r.enabled || !r.forced || r.policies === 0);
    expect(weak, `tables with organization_id but without forced RLS and a policy: ${JSON.stringify(weak)}`).toEqual([]);
  });

  it('gives the runtime role no way around RLS: not a superuser, no BYPASSRLS', async () => {
    const { rows } = await t.sql.query<{ rolsuper: boolean; rolbypassrls: boolean }>(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [
      RUNTIME_ROLE,
    ]);
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('lists and justifies every SECURITY DEFINER function', async () => {
    const { rows } = await t.sql.query<{ name: string; config: string[] | null; owner: string }>(`
      SELECT p.proname AS name, p.proconfig AS config, pg_get_userbyid(p.proowner) AS owner
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND p.prosecdef
       ORDER BY p.proname`);
    expect(rows.map((r) => r.name)).toEqual(Object.keys(SECURITY_DEFINERS).sort());
    for (const row of rows) {
      // A definer function with the caller's search_path could be tricked into running someone else's objects.
      expect(row.config ?? [], `${row.name} pins its search_path`).toContain('search_path=public');
      expect(row.owner, `${row.name} is owned by the migration role, not the runtime role`).not.toBe(RUNTIME_ROLE);
    }
  });

  it('lets the runtime role own nothing', async () => {
    const { rows } = await t.sql.query<{ kind: string; name: string }>(
      `SELECT 'relation' AS kind, c.relname AS name FROM pg_class c WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT 'function', p.proname FROM pg_proc p WHERE p.proowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT 'schema', n.nspname FROM pg_namespace n WHERE n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT 'type', ty.typname FROM pg_type ty WHERE ty.typowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
      [RUNTIME_ROLE],
    );
    expect(rows).toEqual([]);
  });

  it('lets a scoped transaction write notifications and event feeds only about an organization in its scope', async () => {
    const a = await new TestClient(t.app).signup('scope-a');
    const b = await new TestClient(t.app).signup('scope-b');
    const userA = a.me!.user.id;
    const insertAs = async (orgId: string, sql: string, params: unknown[]) => {
      const client = await t.sql.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('role', $1, true), set_config('app.org_id', $2, true), set_config('app.user_id', $3, true)`, [
          RUNTIME_ROLE, orgId, userA,
        ]);
        await client.query(sql, params);
        return 'written';
      } catch (error) {
        return (error as { code?: string }).code;
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    };
    const notify = `INSERT INTO notifications (user_id, organization_id, kind, data) VALUES ($1, $2, 'task_assigned', '{}')`;
    expect(await insertAs(a.orgId, notify, [userA, a.orgId])).toBe('written');
    expect(await insertAs(a.orgId, notify, [userA, b.orgId])).toBe('42501');
    const event = (await b.post(`/api/orgs/${b.orgId}/events`, { name: 'B', kind: 'live_event', startAt: '2026-12-19T15:00:00+07:00', endAt: '2026-12-19T23:00:00+07:00', timeZone: 'Asia/Jakarta', currency: 'IDR' })).body;
    const feed = `INSERT INTO calendar_feeds (user_id, token_hash, organization_id, event_id) VALUES ($1, $2, $3, $4)`;
    expect(await insertAs(a.orgId, feed, [userA, Buffer.from('x'), b.orgId, event.id])).toBe('42501');
    expect(await insertAs(b.orgId, feed, [userA, Buffer.from('y'), b.orgId, event.id])).toBe('written');
  });
});

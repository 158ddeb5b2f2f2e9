import type { QueryRunner } from 'typeorm';

/**
 * Turns on forced row-level security for a tenant table with one policy. The default is the
 * plain wall: rows of the organization set for the transaction (`app.org_id`).
 */
export async function tenantPolicy(
  q: QueryRunner,
  table: string,
  policy: { using: string; check: string } = { using: 'organization_id = app_org_id()', check: 'organization_id = app_org_id()' },
): Promise<void> {
  await q.query(`
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY ${table}_tenant ON ${table} USING (${policy.using}) WITH CHECK (${policy.check});
  `);
}

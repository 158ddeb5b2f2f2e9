import type { QueryRunner } from 'typeorm';

/** The organization set for the transaction, evaluated once per statement (see migration 1764350000000). */
const ORG_SCOPE = 'organization_id = (SELECT app_org_id())';

/**
 * Turns on forced row-level security for a tenant table with one policy. The default is the
 * plain wall: rows of the organization set for the transaction (`app.org_id`). Policies read
 * the scope through scalar subqueries, `(SELECT app_org_id())`, never per row.
 */
export async function tenantPolicy(
  q: QueryRunner,
  table: string,
  policy: { using: string; check: string } = { using: ORG_SCOPE, check: ORG_SCOPE },
): Promise<void> {
  await q.query(`
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY ${table}_tenant ON ${table} USING (${policy.using}) WITH CHECK (${policy.check});
  `);
}

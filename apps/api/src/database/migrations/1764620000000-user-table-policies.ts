import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `notifications` and `calendar_feeds` belong to a user, not an organization: `organization_id`
 * only says which organization a notification or an event feed is about. The runtime role
 * (`rundown_app`) writes them inside a scoped transaction and never lists them; the user's own
 * reads (inbox, feeds, mark read, revoke) run as the owning role and name the user. Until now
 * neither table had row-level security, so a scoped transaction could have written a row about
 * any organization. Now both are forced, with one policy per role:
 * - `rundown_app` may touch only rows about an organization in its scope — the tenant's own, or
 *   (a vendor user's portal change) an organization one of the user's vendor links is in;
 * - the owning role (the API's connection, which migrations run as) keeps its per-user access.
 */
export class UserTablePolicies1764620000000 implements MigrationInterface {
  name = 'UserTablePolicies1764620000000';

  async up(q: QueryRunner): Promise<void> {
    const inScope = (table: string) => `${table}.organization_id = (SELECT app_org_id())
      OR ${table}.organization_id IN (SELECT vu.organization_id FROM vendor_users vu WHERE vu.user_id = (SELECT app_user_id()))`;
    await q.query(`
      ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
      ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
      CREATE POLICY notifications_tenant ON notifications FOR INSERT TO rundown_app WITH CHECK (${inScope('notifications')});
      CREATE POLICY notifications_owner ON notifications TO CURRENT_USER USING (true) WITH CHECK (true);

      ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
      ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
      CREATE POLICY calendar_feeds_tenant ON calendar_feeds TO rundown_app
        USING (calendar_feeds.organization_id = (SELECT app_org_id())) WITH CHECK (calendar_feeds.organization_id = (SELECT app_org_id()));
      CREATE POLICY calendar_feeds_owner ON calendar_feeds TO CURRENT_USER USING (true) WITH CHECK (true);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY notifications_tenant ON notifications;
      DROP POLICY notifications_owner ON notifications;
      ALTER TABLE notifications NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE notifications DISABLE ROW LEVEL SECURITY;
      DROP POLICY calendar_feeds_tenant ON calendar_feeds;
      DROP POLICY calendar_feeds_owner ON calendar_feeds;
      ALTER TABLE calendar_feeds NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE calendar_feeds DISABLE ROW LEVEL SECURITY;
    `);
  }
}

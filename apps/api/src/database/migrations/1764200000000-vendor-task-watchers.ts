import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who hears about a vendor's change to a task: its creator and its assignees, while they are
 * still members of the task's organization. A vendor user's scope cannot read other people's
 * assignments (row-level security), so this SECURITY DEFINER function answers for exactly one
 * task of the caller's own vendors and returns user ids only; for any other task it returns
 * nothing.
 */
export class VendorTaskWatchers1764200000000 implements MigrationInterface {
  name = 'VendorTaskWatchers1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_vendor_task_watchers(task uuid) RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        WITH t AS (
          SELECT id, organization_id, created_by FROM tasks
           WHERE id = task AND vendor_id IN (SELECT vendor_id FROM vendor_users WHERE user_id = app_user_id())
        ), people AS (
          SELECT t.organization_id, t.created_by AS user_id FROM t WHERE t.created_by IS NOT NULL
          UNION
          SELECT t.organization_id, a.user_id FROM t JOIN task_assignees a ON a.task_id = t.id
        )
        SELECT p.user_id FROM people p
         WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = p.user_id AND m.organization_id = p.organization_id)
      $$;
      REVOKE ALL ON FUNCTION app_vendor_task_watchers(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_vendor_task_watchers(uuid) TO rundown_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION app_vendor_task_watchers(uuid)`);
  }
}

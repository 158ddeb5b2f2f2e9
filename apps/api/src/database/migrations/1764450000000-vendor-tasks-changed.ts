import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows carry `organization_id` and show in a vendor's "My tasks". */
const ORGANIZATION_ROWS = ['tasks', 'task_checklist_items', 'task_attachments', 'events', 'vendors'];
/** Tables whose rows decide which vendors and organizations a user sees. */
const USER_ROWS = ['vendor_users', 'memberships'];

/**
 * Announces, on the channel `vendor_tasks_changed`, every change that can alter a vendor's
 * "My tasks": `org:<id>` when a task, checklist item, file, event, vendor or the organization
 * itself changes; `user:<id>` when a user's vendor links or memberships change; `all` when
 * someone is renamed (names show on checklist items and files). NOTIFY is delivered at commit,
 * once per distinct payload per transaction. The API keeps "My tasks" pages until a message
 * touches them (`VendorTasksCache`).
 */
export class VendorTasksChanged1764450000000 implements MigrationInterface {
  name = 'VendorTasksChanged1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_vendor_tasks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_ARGV[0] = 'user' THEN
          IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('vendor_tasks_changed', 'user:' || OLD.user_id); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('vendor_tasks_changed', 'user:' || NEW.user_id); END IF;
        ELSIF TG_TABLE_NAME = 'organizations' THEN
          PERFORM pg_notify('vendor_tasks_changed', 'org:' || OLD.id);
        ELSE
          IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('vendor_tasks_changed', 'org:' || OLD.organization_id); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('vendor_tasks_changed', 'org:' || NEW.organization_id); END IF;
        END IF;
        RETURN NULL;
      END $$;

      CREATE FUNCTION app_vendor_tasks_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('vendor_tasks_changed', 'all');
        RETURN NULL;
      END $$;

      ${ORGANIZATION_ROWS.map((table) => `CREATE TRIGGER ${table}_vendor_tasks_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('org');`).join('\n')}
      CREATE TRIGGER organizations_vendor_tasks_changed AFTER UPDATE OR DELETE ON organizations
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('org');
      ${USER_ROWS.map((table) => `CREATE TRIGGER ${table}_vendor_tasks_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('user');`).join('\n')}
      CREATE TRIGGER users_vendor_tasks_renamed AFTER UPDATE OF name ON users
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION app_vendor_tasks_renamed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${[...ORGANIZATION_ROWS, 'organizations', ...USER_ROWS].map((table) => `DROP TRIGGER ${table}_vendor_tasks_changed ON ${table};`).join('\n')}
      DROP TRIGGER users_vendor_tasks_renamed ON users;
      DROP FUNCTION app_vendor_tasks_renamed();
      DROP FUNCTION app_vendor_tasks_changed();
    `);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows carry `organization_id` and show in a vendor's "My tasks" whenever they change. */
const ORGANIZATION_ROWS = ['events', 'vendors'];
/** Rows of one task: they matter only when the task is assigned to a vendor. */
const TASK_ROWS = ['task_checklist_items', 'task_attachments'];
/** Tables whose rows decide which vendors and organizations a user sees. */
const USER_ROWS = ['vendor_users', 'memberships'];

/** Triggers on tasks: only rows assigned to a vendor, before or after the change, matter. */
const TASK_TRIGGERS = [
  ['inserted', 'INSERT', 'NEW.vendor_id IS NOT NULL'],
  ['updated', 'UPDATE', 'OLD.vendor_id IS NOT NULL OR NEW.vendor_id IS NOT NULL'],
  ['deleted', 'DELETE', 'OLD.vendor_id IS NOT NULL'],
] as const;

const ALL_TRIGGERS = [
  ...TASK_TRIGGERS.map(([name]) => ['tasks', `tasks_vendor_tasks_${name}`]),
  ...[...ORGANIZATION_ROWS, ...TASK_ROWS, 'organizations', ...USER_ROWS].map((table) => [table, `${table}_vendor_tasks_changed`]),
  ['users', 'users_vendor_tasks_renamed'],
];

/**
 * Announces, on the channel `vendor_tasks_changed`, every change that can alter a vendor's
 * "My tasks": `org:<id>` when a vendor's task (or its checklist items or files), an event, a
 * vendor or the organization itself changes; `user:<id>` when a user's vendor links or
 * memberships change; `all` when someone is renamed (names show on checklist items and files).
 * NOTIFY is delivered at commit, once per distinct payload per transaction; writes to tasks no
 * vendor holds send nothing. The API keeps "My tasks" pages until a message touches them
 * (`VendorTasksCache`), and asks `app_vendor_organizations` which organizations a user's pages
 * come from.
 */
export class VendorTasksChanged1764450000000 implements MigrationInterface {
  name = 'VendorTasksChanged1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_vendor_tasks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        task_id uuid;
        org_id uuid;
      BEGIN
        IF TG_ARGV[0] = 'user' THEN
          IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('vendor_tasks_changed', 'user:' || OLD.user_id); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('vendor_tasks_changed', 'user:' || NEW.user_id); END IF;
        ELSIF TG_ARGV[0] = 'organization' THEN
          PERFORM pg_notify('vendor_tasks_changed', 'org:' || OLD.id);
        ELSIF TG_ARGV[0] = 'task' THEN
          IF TG_OP = 'DELETE' THEN task_id := OLD.task_id; org_id := OLD.organization_id;
          ELSE task_id := NEW.task_id; org_id := NEW.organization_id;
          END IF;
          IF EXISTS (SELECT 1 FROM tasks t WHERE t.id = task_id AND t.vendor_id IS NOT NULL) THEN
            PERFORM pg_notify('vendor_tasks_changed', 'org:' || org_id);
          END IF;
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

      -- The organizations whose changes can alter the user's "My tasks": those their vendor links are in.
      CREATE FUNCTION app_vendor_organizations(p_user uuid) RETURNS TABLE (organization_id uuid) LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      BEGIN
        PERFORM app_enter_scope(NULL, p_user);
        RETURN QUERY SELECT DISTINCT vu.organization_id FROM vendor_users vu WHERE vu.user_id = p_user;
      END $$;
      REVOKE ALL ON FUNCTION app_vendor_organizations(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_vendor_organizations(uuid) TO rundown_app;

      ${TASK_TRIGGERS.map(([name, op, when]) => `CREATE TRIGGER tasks_vendor_tasks_${name} AFTER ${op} ON tasks
        FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION app_vendor_tasks_changed('org');`).join('\n')}
      ${ORGANIZATION_ROWS.map((table) => `CREATE TRIGGER ${table}_vendor_tasks_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('org');`).join('\n')}
      ${TASK_ROWS.map((table) => `CREATE TRIGGER ${table}_vendor_tasks_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('task');`).join('\n')}
      CREATE TRIGGER organizations_vendor_tasks_changed AFTER UPDATE OR DELETE ON organizations
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('organization');
      ${USER_ROWS.map((table) => `CREATE TRIGGER ${table}_vendor_tasks_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('user');`).join('\n')}
      CREATE TRIGGER users_vendor_tasks_renamed AFTER UPDATE OF name ON users
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION app_vendor_tasks_renamed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${ALL_TRIGGERS.map(([table, trigger]) => `DROP TRIGGER ${trigger} ON ${table};`).join('\n')}
      DROP FUNCTION app_vendor_organizations(uuid);
      DROP FUNCTION app_vendor_tasks_renamed();
      DROP FUNCTION app_vendor_tasks_changed();
    `);
  }
}

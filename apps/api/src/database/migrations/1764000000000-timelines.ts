import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from './tenant-policy.js';

/** A task of one of the user's vendor companies. */
const VENDOR_TASK = `vendor_id IN (SELECT app_user_vendor_ids())`;
/** A task visible outside an organization scope: its vendor's or assigned to the user. */
const MY_TASK = `(${VENDOR_TASK} OR id IN (SELECT task_id FROM task_assignees WHERE user_id = app_user_id()))`;
/** A row belonging to a task the current scope can see (the task's own policy decides). */
const VISIBLE_TASK = `EXISTS (SELECT 1 FROM tasks t WHERE t.id = task_id)`;

/**
 * Timelines (phases, tasks, milestones, dependencies, checklists, comments, files), the
 * vendor directory with vendor logins, and calendar feeds. Row-level security lets a vendor
 * user reach, across organizations, exactly the tasks assigned to its vendor companies (and
 * the events, checklists, comments and files of those tasks) — nothing else.
 */
export class Timelines1764000000000 implements MigrationInterface {
  name = 'Timelines1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vendors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        category text NOT NULL,
        contacts jsonb NOT NULL DEFAULT '[]',
        tax_id text,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX vendors_org_idx ON vendors (organization_id, lower(name), id);

      CREATE TABLE vendor_users (
        vendor_id uuid NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        PRIMARY KEY (vendor_id, user_id)
      );
      CREATE INDEX vendor_users_user_idx ON vendor_users (user_id);

      ALTER TABLE invitations ADD COLUMN vendor_id uuid REFERENCES vendors(id) ON DELETE CASCADE;

      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES tasks(id) ON DELETE SET NULL,
        kind text NOT NULL DEFAULT 'task' CHECK (kind IN ('phase', 'task', 'milestone')),
        title text NOT NULL,
        description text,
        location text,
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'blocked', 'done')),
        priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        sort_order integer NOT NULL DEFAULT 0,
        vendor_id uuid REFERENCES vendors(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_at >= start_at)
      );
      CREATE INDEX tasks_event_idx ON tasks (event_id, start_at, id);
      CREATE INDEX tasks_vendor_idx ON tasks (vendor_id, start_at, id) WHERE vendor_id IS NOT NULL;

      CREATE TABLE task_assignees (
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, user_id)
      );
      CREATE INDEX task_assignees_user_idx ON task_assignees (user_id);

      CREATE TABLE task_dependencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        predecessor_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        successor_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('FS', 'SS', 'FF', 'SF')),
        lag_minutes integer NOT NULL DEFAULT 0,
        UNIQUE (predecessor_id, successor_id),
        CHECK (predecessor_id <> successor_id)
      );
      CREATE INDEX task_dependencies_event_idx ON task_dependencies (event_id);

      CREATE TABLE task_checklist_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        title text NOT NULL,
        done boolean NOT NULL DEFAULT false,
        done_by uuid REFERENCES users(id) ON DELETE SET NULL,
        sort_order integer NOT NULL DEFAULT 0
      );
      CREATE INDEX task_checklist_task_idx ON task_checklist_items (task_id, sort_order);

      CREATE TABLE task_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX task_comments_task_idx ON task_comments (task_id, created_at);

      CREATE TABLE task_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        filename text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('deliverable', 'invoice', 'other')),
        data bytea NOT NULL,
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX task_attachments_task_idx ON task_attachments (task_id, created_at);

      CREATE TABLE schedule_baselines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        name text NOT NULL,
        tasks jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX schedule_baselines_event_idx ON schedule_baselines (event_id, created_at DESC);

      -- Run of show: per event day, cues back to back from the day's start, and the live state.
      CREATE TABLE rundown_days (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        day date NOT NULL,
        starts_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        started_at timestamptz,
        ended_at timestamptz,
        current_cue_id uuid,
        current_cue_started_at timestamptz,
        PRIMARY KEY (event_id, day)
      );

      CREATE TABLE rundown_cues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        day date NOT NULL,
        position integer NOT NULL,
        title text NOT NULL,
        duration_seconds integer NOT NULL CHECK (duration_seconds >= 0),
        owner text,
        notes text,
        script text,
        audio text,
        video text,
        lights text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (event_id, day) REFERENCES rundown_days(event_id, day) ON DELETE CASCADE
      );
      CREATE INDEX rundown_cues_day_idx ON rundown_cues (event_id, day, position);

      -- A user's inbox across organizations, and the email outbox it feeds.
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL,
        data jsonb NOT NULL,
        link text,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);

      CREATE TABLE email_outbox (
        id bigserial PRIMARY KEY,
        to_email text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        transport text,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE sent_at IS NULL;

      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE INDEX calendar_feeds_user_idx ON calendar_feeds (user_id);
    `);
    // The user's vendor companies, without nesting into the vendor_users policy (SECURITY
    // DEFINER; it reads that one index and nothing else). Policies call it as a scalar
    // (hashed) subquery, so it runs once per statement rather than once per row.
    await q.query(`
      CREATE FUNCTION app_user_vendor_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT vendor_id FROM vendor_users WHERE user_id = app_user_id()
      $$;
      REVOKE ALL ON FUNCTION app_user_vendor_ids() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_user_vendor_ids() TO rundown_app;
    `);
    const tables = [
      'vendors', 'vendor_users', 'tasks', 'task_assignees', 'task_dependencies', 'task_checklist_items', 'task_comments', 'task_attachments',
      'rundown_days', 'rundown_cues', 'schedule_baselines',
    ];
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${tables.join(', ')} TO rundown_app`);
    // Tenant transactions may queue notifications and emails; reading them is per user, outside tenant scope.
    await q.query(`GRANT INSERT ON notifications, email_outbox TO rundown_app; GRANT USAGE ON SEQUENCE email_outbox_id_seq TO rundown_app`);
    const policies: Record<string, { using: string; check: string }> = {
      vendors: { using: `organization_id = app_org_id() OR id IN (SELECT app_user_vendor_ids())`, check: 'organization_id = app_org_id()' },
      vendor_users: { using: 'organization_id = app_org_id() OR user_id = app_user_id()', check: 'organization_id = app_org_id()' },
      tasks: { using: `organization_id = app_org_id() OR ${MY_TASK}`, check: `organization_id = app_org_id() OR ${VENDOR_TASK}` },
      task_assignees: { using: 'organization_id = app_org_id() OR user_id = app_user_id()', check: 'organization_id = app_org_id()' },
      task_dependencies: { using: 'organization_id = app_org_id()', check: 'organization_id = app_org_id()' },
      task_checklist_items: { using: `organization_id = app_org_id() OR ${VISIBLE_TASK}`, check: `organization_id = app_org_id() OR ${VISIBLE_TASK}` },
      task_comments: { using: `organization_id = app_org_id() OR ${VISIBLE_TASK}`, check: `organization_id = app_org_id() OR ${VISIBLE_TASK}` },
      task_attachments: { using: `organization_id = app_org_id() OR ${VISIBLE_TASK}`, check: `organization_id = app_org_id() OR ${VISIBLE_TASK}` },
      rundown_days: { using: 'organization_id = app_org_id()', check: 'organization_id = app_org_id()' },
      rundown_cues: { using: 'organization_id = app_org_id()', check: 'organization_id = app_org_id()' },
      schedule_baselines: { using: 'organization_id = app_org_id()', check: 'organization_id = app_org_id()' },
    };
    for (const [table, policy] of Object.entries(policies)) await tenantPolicy(q, table, policy);
    // Outside an organization scope a user reads the events of the tasks visible to them
    // (their vendors' and their own assignments), and may log changes to those tasks.
    await q.query(`
      ALTER POLICY events_tenant ON events
        USING (organization_id = app_org_id() OR EXISTS (SELECT 1 FROM tasks t WHERE t.event_id = events.id))
        WITH CHECK (organization_id = app_org_id());
      ALTER POLICY audit_log_tenant ON audit_log
        USING (organization_id = app_org_id())
        WITH CHECK (organization_id = app_org_id()
                    OR (entity_type = 'task' AND actor_id = app_user_id() AND EXISTS (SELECT 1 FROM tasks t WHERE t.id::text = entity_id AND ${VENDOR_TASK})));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER POLICY events_tenant ON events USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id());
      ALTER POLICY audit_log_tenant ON audit_log USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id());
      DROP FUNCTION app_user_vendor_ids();
      DROP TABLE calendar_feeds, email_outbox, notifications, schedule_baselines, rundown_cues, rundown_days, task_attachments, task_comments, task_checklist_items, task_dependencies, task_assignees, tasks;
      ALTER TABLE invitations DROP COLUMN vendor_id;
      DROP TABLE vendor_users, vendors;
    `);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hot reads as database functions that enter the tenant scope themselves: the API calls
 * one as a single prepared statement outside any transaction, so a read costs one round trip
 * and PostgreSQL keeps its plan, where BEGIN, the scope, the query and COMMIT cost a parse and
 * a plan of every statement on every request.
 *
 * `app_enter_scope` does what the API's tenant transaction starts with — role `rundown_app`
 * and the organization and user settings — local to the current transaction. Called in
 * autocommit, that transaction is the calling statement alone, so nothing outlives it; inside
 * a tenant transaction it sets what is already set. Row-level security applies to every query
 * the functions run, exactly as to the API's own.
 */
export class ScopedReadFunctions1764300000000 implements MigrationInterface {
  name = 'ScopedReadFunctions1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_enter_scope(p_org uuid, p_user uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('role', 'rundown_app', true),
                set_config('app.org_id', coalesce(p_org::text, ''), true),
                set_config('app.user_id', coalesce(p_user::text, ''), true);
      END $$;

      -- An event's budget categories with their stored totals (bigints as text: exact in JSON).
      CREATE FUNCTION app_budget_summary(p_org uuid, p_user uuid, p_event uuid)
      RETURNS TABLE (budget_currency text, id uuid, parent_id uuid, code text, name text, sort_order integer, version integer,
                     line_count integer, estimate text, committed text, actual text, paid text,
                     pending_commitments integer, pending_expenses integer, pending_amount text)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      BEGIN
        PERFORM app_enter_scope(p_org, p_user);
        RETURN QUERY
          SELECT b.currency::text, c.id, c.parent_id, c.code, c.name, c.sort_order, c.version,
                 coalesce(t.line_count, 0), coalesce(t.estimate, 0)::text, coalesce(t.committed, 0)::text,
                 coalesce(t.actual, 0)::text, coalesce(t.paid, 0)::text,
                 coalesce(t.pending_commitments, 0), coalesce(t.pending_expenses, 0), coalesce(t.pending_amount, 0)::text
            FROM budgets b JOIN budget_categories c ON c.budget_id = b.id LEFT JOIN budget_category_totals t ON t.category_id = c.id
           WHERE b.event_id = p_event AND b.organization_id = p_org
           ORDER BY c.sort_order, c.code, c.id;
      END $$;

      -- The tasks of the user's vendor companies, across organizations: one task (p_task), or a
      -- page after the cursor (p_after_start, p_after_id). Each vendor's next tasks come from its
      -- own (vendor, start) index range; only the page's rows are then read with their names,
      -- and the page's checklists and files are gathered in one pass each.
      CREATE FUNCTION app_vendor_tasks(p_user uuid, p_task uuid, p_status text, p_after_start timestamptz, p_after_id uuid, p_limit integer)
      RETURNS TABLE (id uuid, organization_id uuid, event_id uuid, title text, description text, location text,
                     start_at timestamptz, end_at timestamptz, status text, priority text, version integer,
                     organization_name text, vendor_name text, event_name text, event_venue text, event_time_zone text,
                     checklist json, attachments json)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        page uuid[];
      BEGIN
        PERFORM app_enter_scope(NULL, p_user);
        IF p_task IS NOT NULL THEN
          SELECT array_agg(t.id) INTO page
            FROM tasks t JOIN vendor_users vu ON vu.vendor_id = t.vendor_id AND vu.user_id = p_user
           WHERE t.id = p_task;
        ELSE
          SELECT array_agg(n.id ORDER BY n.start_at, n.id) INTO page
            FROM (SELECT next.id, next.start_at
                    FROM vendor_users vu
                    CROSS JOIN LATERAL (
                      SELECT t.id, t.start_at FROM tasks t
                       WHERE t.vendor_id = vu.vendor_id AND (p_status IS NULL OR t.status = p_status)
                         AND (t.start_at, t.id) > (coalesce(p_after_start, '-infinity'), coalesce(p_after_id, '00000000-0000-0000-0000-000000000000'))
                       ORDER BY t.start_at, t.id LIMIT p_limit
                    ) next
                   WHERE vu.user_id = p_user
                   ORDER BY next.start_at, next.id LIMIT p_limit) n;
        END IF;
        RETURN QUERY
          WITH checklists AS (
                 SELECT c.task_id, json_agg(json_build_object('id', c.id, 'title', c.title, 'done', c.done, 'done_by', u.name) ORDER BY c.sort_order, c.id) AS items
                   FROM task_checklist_items c LEFT JOIN users u ON u.id = c.done_by
                  WHERE c.task_id = ANY (page) GROUP BY c.task_id),
               files AS (
                 SELECT a.task_id, json_agg(json_build_object('id', a.id, 'filename', a.filename, 'content_type', a.content_type, 'size', a.size,
                                                              'kind', a.kind, 'uploaded_by', u.name, 'created_at', a.created_at) ORDER BY a.created_at) AS items
                   FROM task_attachments a LEFT JOIN users u ON u.id = a.uploaded_by
                  WHERE a.task_id = ANY (page) GROUP BY a.task_id)
          SELECT t.id, t.organization_id, t.event_id, t.title, t.description, t.location, t.start_at, t.end_at, t.status, t.priority, t.version,
                 o.name, v.name, e.name, e.venue, e.time_zone, coalesce(cl.items, '[]'), coalesce(f.items, '[]')
            FROM tasks t
            JOIN vendors v ON v.id = t.vendor_id
            JOIN events e ON e.id = t.event_id
            JOIN organizations o ON o.id = t.organization_id
            LEFT JOIN checklists cl ON cl.task_id = t.id
            LEFT JOIN files f ON f.task_id = t.id
           WHERE t.id = ANY (page)
           ORDER BY t.start_at, t.id;
      END $$;

      REVOKE ALL ON FUNCTION app_enter_scope(uuid, uuid), app_budget_summary(uuid, uuid, uuid),
                             app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_enter_scope(uuid, uuid), app_budget_summary(uuid, uuid, uuid),
                                app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer) TO rundown_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer);
      DROP FUNCTION app_budget_summary(uuid, uuid, uuid);
      DROP FUNCTION app_enter_scope(uuid, uuid);
    `);
  }
}

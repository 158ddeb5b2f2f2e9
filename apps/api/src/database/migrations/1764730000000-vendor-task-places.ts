import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The vendor "My tasks" read before this migration (1764300000000), to restore on the way down. */
const PREVIOUS = `
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
      END $$;`;

/**
 * Tasks can name one of the event's places. A vendor sees, for its own tasks only, the place's
 * address, map link (built from address or coordinates), loading-dock notes and load-in window —
 * nothing else of the locations directory. Row-level security keeps event_places and locations
 * to their organization, so those four facts come through `app_vendor_task_places`, a SECURITY
 * DEFINER function (as `app_vendor_task_watchers`) that answers only for tasks of the caller's
 * own vendor companies and returns only those columns. Changes to places and holds tell the
 * vendor-task caches (`vendor_tasks_changed`) as task changes do.
 */
export class VendorTaskPlaces1764730000000 implements MigrationInterface {
  name = 'VendorTaskPlaces1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tasks ADD COLUMN event_place_id uuid REFERENCES event_places(id) ON DELETE SET NULL;
      CREATE INDEX tasks_event_place_idx ON tasks (event_place_id) WHERE event_place_id IS NOT NULL;

      CREATE FUNCTION app_vendor_task_places(p_user uuid, p_tasks uuid[])
      RETURNS TABLE (task_id uuid, address text, city text, postal_code text, latitude double precision, longitude double precision,
                     loading_dock_notes text, load_in_start timestamptz, load_in_end timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT t.id, l.address, l.city, l.postal_code, l.latitude, l.longitude, l.loading_dock_notes, lower(p.load_in), upper(p.load_in)
          FROM tasks t
          JOIN vendor_users vu ON vu.vendor_id = t.vendor_id AND vu.user_id = p_user
          JOIN event_places p ON p.id = t.event_place_id AND p.organization_id = t.organization_id
          JOIN locations l ON l.id = p.location_id AND l.organization_id = t.organization_id
         WHERE t.id = ANY (p_tasks)
      $$;
      REVOKE ALL ON FUNCTION app_vendor_task_places(uuid, uuid[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_vendor_task_places(uuid, uuid[]) TO rundown_app;

      DROP FUNCTION app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer);
      CREATE FUNCTION app_vendor_tasks(p_user uuid, p_task uuid, p_status text, p_after_start timestamptz, p_after_id uuid, p_limit integer)
      RETURNS TABLE (id uuid, organization_id uuid, event_id uuid, title text, description text, location text,
                     start_at timestamptz, end_at timestamptz, status text, priority text, version integer,
                     organization_name text, vendor_name text, event_name text, event_venue text, event_time_zone text,
                     checklist json, attachments json,
                     place_address text, place_city text, place_postal_code text, place_latitude double precision, place_longitude double precision,
                     place_loading_dock_notes text, place_load_in_start timestamptz, place_load_in_end timestamptz)
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
                 o.name, v.name, e.name, e.venue, e.time_zone, coalesce(cl.items, '[]'), coalesce(f.items, '[]'),
                 pl.address, pl.city, pl.postal_code, pl.latitude, pl.longitude, pl.loading_dock_notes, pl.load_in_start, pl.load_in_end
            FROM tasks t
            JOIN vendors v ON v.id = t.vendor_id
            JOIN events e ON e.id = t.event_id
            JOIN organizations o ON o.id = t.organization_id
            LEFT JOIN checklists cl ON cl.task_id = t.id
            LEFT JOIN files f ON f.task_id = t.id
            LEFT JOIN app_vendor_task_places(p_user, page) pl ON pl.task_id = t.id
           WHERE t.id = ANY (page)
           ORDER BY t.start_at, t.id;
      END $$;
      REVOKE ALL ON FUNCTION app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer) TO rundown_app;

      CREATE TRIGGER event_places_vendor_tasks_changed AFTER INSERT OR UPDATE OR DELETE ON event_places
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('org');
      CREATE TRIGGER locations_vendor_tasks_changed AFTER UPDATE ON locations
        FOR EACH ROW EXECUTE FUNCTION app_vendor_tasks_changed('org');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER locations_vendor_tasks_changed ON locations;
      DROP TRIGGER event_places_vendor_tasks_changed ON event_places;
      DROP FUNCTION app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer);
      ${PREVIOUS}
      REVOKE ALL ON FUNCTION app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_vendor_tasks(uuid, uuid, text, timestamptz, uuid, integer) TO rundown_app;
      DROP FUNCTION app_vendor_task_places(uuid, uuid[]);
      DROP INDEX tasks_event_place_idx;
      ALTER TABLE tasks DROP COLUMN event_place_id;
    `);
  }
}

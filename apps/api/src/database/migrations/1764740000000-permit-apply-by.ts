import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The permits board reads by a maintained `apply_by` (and the type's `category`) instead of
 * computing apply-by for every permit on each read. Triggers keep both in the same transaction as
 * every change they depend on: a permit's type or event (permits, BEFORE), an event's start,
 * zone or scale (events, AFTER), a lead-time row added, changed or removed (permit_lead_times,
 * AFTER) and a type's category (permit_types, AFTER). `app_permit_apply_by` is the SQL form of
 * the domain's `leadTimeFor` + `applyByDate`; the integration test holds them equal.
 * A permit whose type has no lead time in force sorts last with `apply_by = 'infinity'`
 * (read back as "no apply-by"), so the sort key is never NULL and keysets stay index ranges.
 */
export class PermitApplyBy1764740000000 implements MigrationInterface {
  name = 'PermitApplyBy1764740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_permit_apply_by(p_type uuid, p_start timestamptz, p_zone text, p_scale text) RETURNS date
      LANGUAGE sql STABLE AS $$
        SELECT coalesce((
          SELECT (p_start AT TIME ZONE p_zone)::date - x.lead_days FROM (
            SELECT DISTINCT ON (r.scale) greatest(r.lead_days, coalesce(r.statutory_days, 0)) AS lead_days, r.scale
              FROM permit_lead_times r
             WHERE r.permit_type_id = p_type AND r.effective_from <= (p_start AT TIME ZONE p_zone)::date
             ORDER BY r.scale, r.effective_from DESC, r.created_at DESC
          ) x
          WHERE p_scale IS NULL OR x.scale IS NULL OR x.scale = p_scale
          ORDER BY (p_scale IS NOT NULL AND x.scale IS NOT DISTINCT FROM p_scale) DESC, x.lead_days DESC
          LIMIT 1), 'infinity'::date)
      $$;

      ALTER TABLE permits ADD COLUMN apply_by date, ADD COLUMN category text;
      UPDATE permits p SET apply_by = app_permit_apply_by(p.permit_type_id, e.start_at, e.time_zone, e.scale), category = pt.category
        FROM events e, permit_types pt WHERE e.id = p.event_id AND pt.id = p.permit_type_id;
      ALTER TABLE permits ALTER COLUMN apply_by SET NOT NULL, ALTER COLUMN category SET NOT NULL;

      CREATE FUNCTION app_permits_set_apply_by() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT app_permit_apply_by(NEW.permit_type_id, e.start_at, e.time_zone, e.scale) INTO NEW.apply_by FROM events e WHERE e.id = NEW.event_id;
        SELECT pt.category INTO NEW.category FROM permit_types pt WHERE pt.id = NEW.permit_type_id;
        RETURN NEW;
      END $$;
      CREATE TRIGGER permits_apply_by BEFORE INSERT OR UPDATE OF event_id, permit_type_id, apply_by, category ON permits
        FOR EACH ROW EXECUTE FUNCTION app_permits_set_apply_by();

      CREATE FUNCTION app_events_permit_apply_by() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE permits SET apply_by = app_permit_apply_by(permit_type_id, NEW.start_at, NEW.time_zone, NEW.scale) WHERE event_id = NEW.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER events_permit_apply_by AFTER UPDATE OF start_at, time_zone, scale ON events FOR EACH ROW
        WHEN (OLD.start_at IS DISTINCT FROM NEW.start_at OR OLD.time_zone IS DISTINCT FROM NEW.time_zone OR OLD.scale IS DISTINCT FROM NEW.scale)
        EXECUTE FUNCTION app_events_permit_apply_by();

      CREATE FUNCTION app_lead_times_permit_apply_by() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Touching apply_by fires permits_apply_by, which recomputes it from the rows now in place.
        UPDATE permits SET apply_by = apply_by
         WHERE permit_type_id IN (SELECT permit_type_id FROM changed);
        RETURN NULL;
      END $$;
      CREATE TRIGGER permit_lead_times_insert AFTER INSERT ON permit_lead_times REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION app_lead_times_permit_apply_by();
      CREATE TRIGGER permit_lead_times_update AFTER UPDATE ON permit_lead_times REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION app_lead_times_permit_apply_by();
      CREATE TRIGGER permit_lead_times_delete AFTER DELETE ON permit_lead_times REFERENCING OLD TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION app_lead_times_permit_apply_by();

      CREATE FUNCTION app_permit_types_category() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE permits SET category = NEW.category WHERE permit_type_id = NEW.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER permit_types_category AFTER UPDATE OF category ON permit_types FOR EACH ROW
        WHEN (OLD.category IS DISTINCT FROM NEW.category) EXECUTE FUNCTION app_permit_types_category();

      CREATE INDEX permits_board_idx ON permits (organization_id, apply_by, id);
      CREATE INDEX permits_board_open_idx ON permits (organization_id, apply_by, id) WHERE status NOT IN ('submitted', 'approved');
      CREATE INDEX permits_board_status_idx ON permits (organization_id, status, apply_by, id);
      CREATE INDEX permits_board_category_idx ON permits (organization_id, category, apply_by, id);
      CREATE INDEX permits_board_event_idx ON permits (event_id, apply_by, id);
      DROP INDEX permits_org_idx;
      DROP INDEX permits_event_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX permits_org_idx ON permits (organization_id, status);
      CREATE INDEX permits_event_idx ON permits (event_id, id);
      DROP TRIGGER permit_types_category ON permit_types;
      DROP TRIGGER permit_lead_times_insert ON permit_lead_times;
      DROP TRIGGER permit_lead_times_update ON permit_lead_times;
      DROP TRIGGER permit_lead_times_delete ON permit_lead_times;
      DROP TRIGGER events_permit_apply_by ON events;
      DROP TRIGGER permits_apply_by ON permits;
      ALTER TABLE permits DROP COLUMN apply_by, DROP COLUMN category;
      DROP FUNCTION app_permit_types_category(), app_lead_times_permit_apply_by(), app_events_permit_apply_by(), app_permits_set_apply_by(),
                    app_permit_apply_by(uuid, timestamptz, text, text);
    `);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Announces, on the channel `schedule_changed`, every change that can alter an event's schedule
 * (critical path and slack), as `<organization id>:<event id>`: a task added or removed, its
 * start, end or event changed, and any dependency change. NOTIFY is delivered at commit, once per
 * distinct payload per transaction, so a cascade moving 500 tasks sends one message. The API keeps
 * schedules until a message names them (`ScheduleCache`).
 */
export class ScheduleChanged1764650000001 implements MigrationInterface {
  name = 'ScheduleChanged1764650000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_schedule_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('schedule_changed', OLD.organization_id || ':' || OLD.event_id); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('schedule_changed', NEW.organization_id || ':' || NEW.event_id); END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER tasks_schedule_changed AFTER INSERT OR DELETE OR UPDATE OF start_at, end_at, event_id, organization_id ON tasks
        FOR EACH ROW EXECUTE FUNCTION app_schedule_changed();
      CREATE TRIGGER task_dependencies_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON task_dependencies
        FOR EACH ROW EXECUTE FUNCTION app_schedule_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER tasks_schedule_changed ON tasks;
      DROP TRIGGER task_dependencies_schedule_changed ON task_dependencies;
      DROP FUNCTION app_schedule_changed();
    `);
  }
}

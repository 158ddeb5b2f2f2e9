import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables besides `budgets` that the budget summary (`app_budget_summary`) reads: their rows carry `budget_id`. */
const SUMMARY_ROWS = ['budget_categories', 'budget_category_totals'];

/**
 * Announces, on the channel `budget_changed`, every change that can alter an event's budget
 * summary, as `<organization id>:<event id>`: its budget (currency), its categories (names, order,
 * nesting) and their maintained totals (every line, commitment and expense moves those). NOTIFY is
 * delivered at commit, once per distinct payload per transaction, so an import of 10,000 lines
 * sends one message. The API keeps summaries until a message names them (`BudgetSummaryCache`).
 */
export class BudgetSummaryChanged1764500000000 implements MigrationInterface {
  name = 'BudgetSummaryChanged1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_budget_summary_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_org uuid;
        row_budget uuid;
        row_event uuid;
      BEGIN
        IF TG_TABLE_NAME = 'budgets' THEN
          IF TG_OP = 'DELETE' THEN row_org := OLD.organization_id; row_event := OLD.event_id;
          ELSE row_org := NEW.organization_id; row_event := NEW.event_id;
          END IF;
        ELSE
          IF TG_OP = 'DELETE' THEN row_org := OLD.organization_id; row_budget := OLD.budget_id;
          ELSE row_org := NEW.organization_id; row_budget := NEW.budget_id;
          END IF;
          SELECT b.event_id INTO row_event FROM budgets b WHERE b.id = row_budget;
          -- Gone when the whole budget is being deleted: the budget's own trigger announces that.
          -- Otherwise a writer that cannot see its own budget (no tenant scope) would leave kept
          -- summaries stale: refused instead.
          IF row_event IS NULL AND TG_OP <> 'DELETE' THEN
            RAISE EXCEPTION 'budget % is not visible to announce a change to its summary', row_budget;
          END IF;
        END IF;
        IF row_event IS NOT NULL THEN PERFORM pg_notify('budget_changed', row_org || ':' || row_event); END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER budgets_summary_changed AFTER UPDATE OR DELETE ON budgets
        FOR EACH ROW EXECUTE FUNCTION app_budget_summary_changed();
      ${SUMMARY_ROWS.map((table) => `CREATE TRIGGER ${table}_summary_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION app_budget_summary_changed();`).join('\n')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${['budgets', ...SUMMARY_ROWS].map((table) => `DROP TRIGGER ${table}_summary_changed ON ${table};`).join('\n')}
      DROP FUNCTION app_budget_summary_changed();
    `);
  }
}

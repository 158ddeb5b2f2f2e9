import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index for every filter and sort a list offers (issue 15, measured with `pnpm bench:scale`):
 * - trigram indexes (pg_trgm) for the text searches (`events?q=`, `vendors?q=`), so a search does
 *   not read every event of the organization;
 * - the audit log by date (`from`/`to`) and by actor;
 * - expenses and commitments in the order their lists read them (newest first), per budget,
 *   per budget and status, and per line — replacing the indexes that could only filter;
 * - tasks of an event by status and by vendor in start order; vendors by category in name order,
 *   dependencies in id order, members in join order;
 * - extended statistics on (organization_id, parent) pairs, whose columns are correlated (every
 *   line of a budget is in the budget's organization), so filtering by both is not estimated as
 *   if they were independent.
 * Plain CREATE INDEX (in the migration's transaction): at production size these take seconds to
 * tens of seconds and block writes to their table meanwhile; docs/scaling.md says how to build
 * them CONCURRENTLY ahead of a deploy on a larger database.
 */
export class ListIndexes1764650000000 implements MigrationInterface {
  name = 'ListIndexes1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE INDEX events_name_trgm_idx ON events USING gin (name gin_trgm_ops);
      CREATE INDEX events_venue_trgm_idx ON events USING gin (venue gin_trgm_ops);
      CREATE INDEX events_client_trgm_idx ON events USING gin (client gin_trgm_ops);
      CREATE INDEX vendors_name_trgm_idx ON vendors USING gin (name gin_trgm_ops);
      CREATE INDEX vendors_org_category_idx ON vendors (organization_id, category, lower(name), id);

      CREATE INDEX audit_log_org_at_idx ON audit_log (organization_id, at);
      CREATE INDEX audit_log_org_actor_idx ON audit_log (organization_id, actor_id, id DESC);

      CREATE INDEX expenses_budget_page_idx ON expenses (budget_id, created_at DESC, id DESC);
      CREATE INDEX expenses_budget_status_page_idx ON expenses (budget_id, status, created_at DESC, id DESC);
      CREATE INDEX expenses_line_page_idx ON expenses (line_id, created_at DESC, id DESC);
      DROP INDEX expenses_budget_idx;
      DROP INDEX expenses_line_idx;
      CREATE INDEX commitments_budget_page_idx ON commitments (budget_id, created_at DESC, id DESC);
      CREATE INDEX commitments_budget_status_page_idx ON commitments (budget_id, status, created_at DESC, id DESC);
      CREATE INDEX commitments_line_page_idx ON commitments (line_id, created_at DESC, id DESC);
      DROP INDEX commitments_budget_idx;
      DROP INDEX commitments_line_idx;

      CREATE INDEX task_dependencies_event_page_idx ON task_dependencies (event_id, id);
      DROP INDEX task_dependencies_event_idx;
      CREATE INDEX tasks_event_status_idx ON tasks (event_id, status, start_at, id);
      CREATE INDEX tasks_event_vendor_idx ON tasks (event_id, vendor_id, start_at, id) WHERE vendor_id IS NOT NULL;
      CREATE INDEX memberships_org_page_idx ON memberships (organization_id, created_at, id);

      CREATE STATISTICS budget_lines_org_budget_stats (dependencies, ndistinct) ON organization_id, budget_id FROM budget_lines;
      CREATE STATISTICS tasks_org_event_stats (dependencies, ndistinct) ON organization_id, event_id FROM tasks;
      CREATE STATISTICS task_dependencies_org_event_stats (dependencies, ndistinct) ON organization_id, event_id FROM task_dependencies;
      CREATE STATISTICS expenses_org_budget_stats (dependencies, ndistinct) ON organization_id, budget_id FROM expenses;
      CREATE STATISTICS commitments_org_budget_stats (dependencies, ndistinct) ON organization_id, budget_id FROM commitments;
      CREATE STATISTICS audit_log_org_actor_stats (dependencies, ndistinct) ON organization_id, actor_id FROM audit_log;

      ANALYZE events, vendors, audit_log, expenses, commitments, task_dependencies, tasks, memberships, budget_lines;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP STATISTICS budget_lines_org_budget_stats, tasks_org_event_stats, task_dependencies_org_event_stats, expenses_org_budget_stats,
                      commitments_org_budget_stats, audit_log_org_actor_stats;
      DROP INDEX memberships_org_page_idx, tasks_event_status_idx, tasks_event_vendor_idx;
      CREATE INDEX task_dependencies_event_idx ON task_dependencies (event_id);
      DROP INDEX task_dependencies_event_page_idx;
      CREATE INDEX commitments_line_idx ON commitments (line_id);
      CREATE INDEX commitments_budget_idx ON commitments (budget_id, status);
      DROP INDEX commitments_budget_page_idx, commitments_budget_status_page_idx, commitments_line_page_idx;
      CREATE INDEX expenses_line_idx ON expenses (line_id);
      CREATE INDEX expenses_budget_idx ON expenses (budget_id, status);
      DROP INDEX expenses_budget_page_idx, expenses_budget_status_page_idx, expenses_line_page_idx;
      DROP INDEX audit_log_org_at_idx, audit_log_org_actor_idx;
      DROP INDEX vendors_org_category_idx, vendors_name_trgm_idx, events_name_trgm_idx, events_venue_trgm_idx, events_client_trgm_idx;
    `);
  }
}

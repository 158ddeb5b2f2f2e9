import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vendor's "My tasks" page reads each vendor's next tasks from the index alone: the
 * columns row-level security and the status filter look at ride along in the index, so
 * only the page's own rows are fetched from the table.
 */
export class VendorTaskPageIndex1764100000000 implements MigrationInterface {
  name = 'VendorTaskPageIndex1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX tasks_vendor_page_idx ON tasks (vendor_id, start_at, id) INCLUDE (organization_id, status) WHERE vendor_id IS NOT NULL;
      DROP INDEX tasks_vendor_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX tasks_vendor_idx ON tasks (vendor_id, start_at, id) WHERE vendor_id IS NOT NULL;
      DROP INDEX tasks_vendor_page_idx;
    `);
  }
}

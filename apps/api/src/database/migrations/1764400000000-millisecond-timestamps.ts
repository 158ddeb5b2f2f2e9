import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SQL that sets every `timestamptz` column of the schema whose precision is `from` to `to` (one rewrite per table). */
const setPrecision = (from: number, to: number) => `
  DO $$
  DECLARE
    t record;
  BEGIN
    FOR t IN
      SELECT c.table_name, string_agg(format('ALTER COLUMN %I TYPE timestamptz(${to})', c.column_name), ', ') AS changes
        FROM information_schema.columns c
        JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
       WHERE c.table_schema = current_schema() AND c.data_type = 'timestamp with time zone' AND c.datetime_precision = ${from}
       GROUP BY c.table_name
    LOOP
      EXECUTE format('ALTER TABLE %I ', t.table_name) || t.changes;
    END LOOP;
  END $$;`;

/**
 * Every timestamp is stored to the millisecond, the precision JavaScript's Date carries.
 *
 * List cursors hold the last row's timestamp as the API read it. With microseconds in the
 * database, that value was up to 999 µs earlier than the row's own: an ascending list showed the
 * last row of a page again at the top of the next, and a descending one skipped every row of the
 * same millisecond — all the notifications one change created in one transaction, for instance.
 * `timestamptz(3)` rounds on every write, so what the API reads is exactly what is stored.
 * A test keeps new columns to the same precision.
 *
 * Deploy with the previous API instances stopped (as `docker compose up` replaces the one `app`
 * container): each table is rewritten under an exclusive lock, and a connection that prepared a
 * statement on the old column types fails it with "cached plan must not change result type".
 */
export class MillisecondTimestamps1764400000000 implements MigrationInterface {
  name = 'MillisecondTimestamps1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(setPrecision(6, 3));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(setPrecision(3, 6));
  }
}

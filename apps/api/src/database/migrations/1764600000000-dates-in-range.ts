import type { MigrationInterface, QueryRunner } from 'typeorm';

const MIN = `'0001-01-01 00:00:00+00'::timestamptz`;
const MAX = `'9999-12-31 23:59:59.999+00'::timestamptz`;
const clamp = (column: string) => `${column} = greatest(least(${column}, ${MAX}), ${MIN})`;
const outside = (column: string) => `${column} NOT BETWEEN ${MIN} AND ${MAX}`;
const inside = (...columns: string[]) => columns.map((c) => `${c} BETWEEN ${MIN} AND ${MAX}`).join(' AND ');
const dayInside = (column: string) => `${column} BETWEEN '0001-01-01'::date AND '9999-12-31'::date`;

/**
 * The dates the product accepts (0001-01-01 … 9999-12-31, the domain's `isoDateTimeSchema` and
 * `isoDateSchema`) held by the database too, so no write path — a cascade, a computed shift —
 * can store a date the API cannot print back. Instants stored outside the range before (a task
 * moved to year 0000 was stored as 1 BC; one moved past 9999 broke every read of its event) are
 * first brought to the nearest end of the range. Days outside it cannot exist in practice and
 * are keyed by other rows, so their checks hold for new rows only (NOT VALID).
 * The API answers a violation (`*_in_range`) with 422 `date_out_of_range`.
 */
export class DatesInRange1764600000000 implements MigrationInterface {
  name = 'DatesInRange1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE events SET ${clamp('start_at')}, ${clamp('end_at')} WHERE ${outside('start_at')} OR ${outside('end_at')}`);
    await q.query(`UPDATE tasks SET ${clamp('start_at')}, ${clamp('end_at')} WHERE ${outside('start_at')} OR ${outside('end_at')}`);
    await q.query(`UPDATE rundown_days SET ${clamp('starts_at')} WHERE ${outside('starts_at')}`);
    await q.query(`
      ALTER TABLE events ADD CONSTRAINT events_dates_in_range CHECK (${inside('start_at', 'end_at')});
      ALTER TABLE tasks ADD CONSTRAINT tasks_dates_in_range CHECK (${inside('start_at', 'end_at')});
      ALTER TABLE rundown_days ADD CONSTRAINT rundown_days_starts_at_in_range CHECK (${inside('starts_at')});
      ALTER TABLE rundown_days ADD CONSTRAINT rundown_days_day_in_range CHECK (${dayInside('day')}) NOT VALID;
      ALTER TABLE rundown_cues ADD CONSTRAINT rundown_cues_day_in_range CHECK (${dayInside('day')}) NOT VALID;
      ALTER TABLE commitments ADD CONSTRAINT commitments_issued_on_in_range CHECK (${dayInside('issued_on')}) NOT VALID;
      ALTER TABLE expenses ADD CONSTRAINT expenses_spent_on_in_range CHECK (${dayInside('spent_on')}) NOT VALID;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE expenses DROP CONSTRAINT expenses_spent_on_in_range;
      ALTER TABLE commitments DROP CONSTRAINT commitments_issued_on_in_range;
      ALTER TABLE rundown_cues DROP CONSTRAINT rundown_cues_day_in_range;
      ALTER TABLE rundown_days DROP CONSTRAINT rundown_days_day_in_range;
      ALTER TABLE rundown_days DROP CONSTRAINT rundown_days_starts_at_in_range;
      ALTER TABLE tasks DROP CONSTRAINT tasks_dates_in_range;
      ALTER TABLE events DROP CONSTRAINT events_dates_in_range;
    `);
  }
}

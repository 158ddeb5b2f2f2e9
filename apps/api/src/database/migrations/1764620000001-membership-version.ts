import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A membership's role is edited by admins and owners: it is versioned like every other
 * editable resource (If-Match on `PATCH …/members/:memberId`). Existing rows start at 1.
 */
export class MembershipVersion1764620000001 implements MigrationInterface {
  name = 'MembershipVersion1764620000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE memberships ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE memberships DROP COLUMN version`);
  }
}

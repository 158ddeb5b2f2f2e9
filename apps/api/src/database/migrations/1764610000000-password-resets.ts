import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset links: only the SHA-256 of the token is stored; a link is single use
 * (`used_at`) and expires. Identity bookkeeping like `sessions`: read and written outside
 * row-level security by the connection's own role, no grant to `rundown_app`.
 */
export class PasswordResets1764610000000 implements MigrationInterface {
  name = 'PasswordResets1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        ip text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      );
      CREATE INDEX password_resets_user_idx ON password_resets (user_id) WHERE used_at IS NULL;
      CREATE INDEX sessions_user_created_idx ON sessions (user_id, created_at DESC, id DESC) WHERE revoked_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sessions_user_created_idx; DROP TABLE password_resets;`);
  }
}

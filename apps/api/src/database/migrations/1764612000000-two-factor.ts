import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP): the user's secret, when it was turned on and the last time step
 * used (a code is accepted once); single-use recovery codes and pending second sign-in steps,
 * both stored as SHA-256 hashes; an organization's policy requiring it of owners and admins.
 * `recovery_codes` and `login_challenges` are identity bookkeeping like `sessions`: outside
 * row-level security, no grant to `rundown_app`.
 */
export class TwoFactor1764612000000 implements MigrationInterface {
  name = 'TwoFactor1764612000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN totp_enabled_at timestamptz(3),
        ADD COLUMN totp_last_step bigint;
      ALTER TABLE organizations ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false;
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz(3),
        UNIQUE (user_id, code_hash)
      );
      CREATE TABLE login_challenges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      );
      CREATE INDEX login_challenges_user_idx ON login_challenges (user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE login_challenges; DROP TABLE recovery_codes;
      ALTER TABLE organizations DROP COLUMN require_two_factor;
      ALTER TABLE users DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret, DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step;
    `);
  }
}

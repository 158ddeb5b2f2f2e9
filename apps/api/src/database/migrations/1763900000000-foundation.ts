import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from './tenant-policy.js';

/**
 * Accounts, organizations, membership, sessions, events and the audit log, with row-level
 * security on every tenant table. `rundown_app` is the runtime role: it owns nothing, and the
 * API switches to it (SET LOCAL ROLE) inside each tenant transaction, with the organization
 * and user set as transaction-local settings.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rundown_app') THEN
          CREATE ROLE rundown_app NOLOGIN;
        END IF;
      END $$;
    `);
    await q.query(`GRANT rundown_app TO CURRENT_USER`);
    await q.query(`GRANT USAGE ON SCHEMA public TO rundown_app`);

    await q.query(`
      CREATE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;
      CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
    `);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text NOT NULL,
        locale text NOT NULL DEFAULT 'id-ID' CHECK (locale IN ('id-ID', 'en')),
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        default_currency char(3) NOT NULL DEFAULT 'IDR',
        locale text NOT NULL DEFAULT 'id-ID' CHECK (locale IN ('id-ID', 'en')),
        time_zone text NOT NULL DEFAULT 'Asia/Jakarta',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'manager', 'coordinator', 'crew', 'vendor')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, user_id)
      );
      CREATE INDEX memberships_user_idx ON memberships (user_id);

      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'manager', 'coordinator', 'crew', 'vendor')),
        token_hash bytea NOT NULL UNIQUE,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX invitations_org_idx ON invitations (organization_id, created_at DESC, id DESC);

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL;

      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL,
        prefix text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

      CREATE TABLE rate_limit_hits (
        id bigserial PRIMARY KEY,
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX rate_limit_hits_key_idx ON rate_limit_hits (key, at);

      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('live_event', 'film', 'tv_media', 'corporate', 'other')),
        status text NOT NULL CHECK (status IN ('planning', 'pre_production', 'production', 'wrap', 'closed')),
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        venue text,
        client text,
        currency char(3) NOT NULL,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_at >= start_at)
      );
      CREATE INDEX events_org_start_idx ON events (organization_id, start_at, id);
      CREATE INDEX events_org_name_idx ON events (organization_id, lower(name), id);
      CREATE INDEX events_org_created_idx ON events (organization_id, created_at, id);

      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_log_org_idx ON audit_log (organization_id, id DESC);
      CREATE INDEX audit_log_entity_idx ON audit_log (organization_id, entity_type, entity_id, id DESC);
    `);

    // The runtime role reads users (member names) but reaches tenant rows only through policies.
    await q.query(`
      GRANT SELECT ON users TO rundown_app;
      GRANT SELECT, UPDATE ON organizations TO rundown_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON memberships, invitations, events TO rundown_app;
      GRANT SELECT, INSERT ON audit_log TO rundown_app;
      GRANT USAGE ON SEQUENCE audit_log_id_seq TO rundown_app;
    `);

    const mine = `id IN (SELECT organization_id FROM memberships WHERE user_id = app_user_id())`;
    await tenantPolicy(q, 'organizations', { using: `id = app_org_id() OR ${mine}`, check: `id = app_org_id() OR ${mine}` });
    await tenantPolicy(q, 'memberships', { using: 'organization_id = app_org_id() OR user_id = app_user_id()', check: 'organization_id = app_org_id()' });
    for (const table of ['invitations', 'events', 'audit_log']) await tenantPolicy(q, table);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_log, events, rate_limit_hits, api_tokens, sessions, invitations, memberships, organizations, users;
      DROP FUNCTION app_org_id(); DROP FUNCTION app_user_id();
      REVOKE USAGE ON SCHEMA public FROM rundown_app;
    `);
  }
}

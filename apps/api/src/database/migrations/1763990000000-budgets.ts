import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from './tenant-policy.js';

const TENANT_TABLES = [
  'budgets', 'budget_categories', 'fringe_rules', 'budget_lines', 'budget_category_totals', 'budget_line_fringes', 'commitments', 'expenses',
  'budget_baselines', 'budget_templates', 'idempotency_keys',
];

/**
 * Budgets: one per event, a category tree, lines with their computed estimate (computed by
 * packages/domain and stored, so SQL sums equal the domain's arithmetic), organization
 * fringe rules, commitments and expenses in any currency with the rate recorded.
 */
export class Budgets1763990000000 implements MigrationInterface {
  name = 'Budgets1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organizations ADD COLUMN approval_threshold bigint CHECK (approval_threshold >= 0);

      CREATE TABLE budgets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE,
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX budgets_org_idx ON budgets (organization_id);

      CREATE TABLE budget_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES budget_categories(id),
        code text NOT NULL DEFAULT '',
        name text NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS DISTINCT FROM id)
      );
      CREATE INDEX budget_categories_budget_idx ON budget_categories (budget_id, sort_order);

      CREATE TABLE fringe_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('percent', 'flat')),
        basis_points integer CHECK (basis_points >= 0),
        amount bigint CHECK (amount >= 0),
        currency char(3),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'percent' AND basis_points IS NOT NULL) OR (kind = 'flat' AND amount IS NOT NULL AND currency IS NOT NULL))
      );
      CREATE INDEX fringe_rules_org_idx ON fringe_rules (organization_id);

      CREATE TABLE budget_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES budget_categories(id) ON DELETE RESTRICT,
        sort_order integer NOT NULL DEFAULT 0,
        description text NOT NULL,
        account_code text,
        vendor text,
        quantity numeric(12,3) NOT NULL DEFAULT 1 CHECK (quantity >= 0),
        unit text NOT NULL DEFAULT 'flat',
        rate bigint NOT NULL DEFAULT 0 CHECK (rate >= 0),
        currency char(3) NOT NULL,
        exchange_rate numeric(15,6) NOT NULL DEFAULT 1 CHECK (exchange_rate > 0),
        multiplier numeric(12,3) NOT NULL DEFAULT 1 CHECK (multiplier >= 0),
        notes text,
        subtotal bigint NOT NULL DEFAULT 0,
        fringe_total bigint NOT NULL DEFAULT 0,
        estimate bigint NOT NULL DEFAULT 0,
        -- Kept in step with commitments and expenses by the service, in the same transaction.
        committed bigint NOT NULL DEFAULT 0,
        actual bigint NOT NULL DEFAULT 0,
        paid bigint NOT NULL DEFAULT 0,
        pending_commitments integer NOT NULL DEFAULT 0,
        pending_expenses integer NOT NULL DEFAULT 0,
        pending_amount bigint NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX budget_lines_budget_idx ON budget_lines (budget_id, sort_order, id);
      CREATE INDEX budget_lines_category_idx ON budget_lines (category_id);

      -- Per-category sums of its own lines, moved by deltas in each line's transaction, so the
      -- top sheet reads a few rows instead of aggregating every line and expense.
      CREATE TABLE budget_category_totals (
        category_id uuid PRIMARY KEY REFERENCES budget_categories(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        line_count integer NOT NULL DEFAULT 0,
        estimate bigint NOT NULL DEFAULT 0,
        committed bigint NOT NULL DEFAULT 0,
        actual bigint NOT NULL DEFAULT 0,
        paid bigint NOT NULL DEFAULT 0,
        pending_commitments integer NOT NULL DEFAULT 0,
        pending_expenses integer NOT NULL DEFAULT 0,
        pending_amount bigint NOT NULL DEFAULT 0
      );
      CREATE INDEX budget_category_totals_budget_idx ON budget_category_totals (budget_id);

      CREATE TABLE budget_line_fringes (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        line_id uuid NOT NULL REFERENCES budget_lines(id) ON DELETE CASCADE,
        fringe_id uuid NOT NULL REFERENCES fringe_rules(id) ON DELETE CASCADE,
        PRIMARY KEY (line_id, fringe_id)
      );
      CREATE INDEX budget_line_fringes_fringe_idx ON budget_line_fringes (fringe_id);

      CREATE TABLE commitments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        line_id uuid NOT NULL REFERENCES budget_lines(id) ON DELETE CASCADE,
        vendor text NOT NULL,
        description text,
        issued_on date NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        exchange_rate numeric(15,6) NOT NULL CHECK (exchange_rate > 0),
        amount_budget bigint NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
        submitted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX commitments_line_idx ON commitments (line_id);
      CREATE INDEX commitments_budget_idx ON commitments (budget_id, status);

      CREATE TABLE expenses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        line_id uuid NOT NULL REFERENCES budget_lines(id) ON DELETE CASCADE,
        spent_on date NOT NULL,
        payee text NOT NULL,
        description text,
        reference text,
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        exchange_rate numeric(15,6) NOT NULL CHECK (exchange_rate > 0),
        amount_budget bigint NOT NULL,
        status text NOT NULL CHECK (status IN ('submitted', 'approved', 'paid', 'rejected')),
        submitted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        paid_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX expenses_line_idx ON expenses (line_id);
      CREATE INDEX expenses_budget_idx ON expenses (budget_id, status);

      -- A locked copy of the budget (lines and category totals) to compare against.
      CREATE TABLE budget_baselines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        budget_id uuid NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
        name text NOT NULL,
        total bigint NOT NULL,
        lines jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX budget_baselines_budget_idx ON budget_baselines (budget_id, created_at DESC);

      -- An organization's reusable budget: category tree and lines, without spending.
      CREATE TABLE budget_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        currency char(3) NOT NULL,
        categories jsonb NOT NULL,
        lines jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX budget_templates_org_idx ON budget_templates (organization_id, created_at DESC);

      -- Replays of a request with the same Idempotency-Key get the first answer.
      CREATE TABLE idempotency_keys (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash bytea NOT NULL,
        status integer NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, key)
      );
    `);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TENANT_TABLES.join(', ')} TO rundown_app`);
    for (const table of TENANT_TABLES) await tenantPolicy(q, table);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${[...TENANT_TABLES].reverse().join(', ')}`);
    await q.query(`ALTER TABLE organizations DROP COLUMN approval_threshold`);
  }
}

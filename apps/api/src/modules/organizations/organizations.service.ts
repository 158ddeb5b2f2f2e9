import { Injectable } from '@nestjs/common';
import type { Organization, UpdateOrganizationInput } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type Tx } from '../../common/database.service.js';
import type { AuthedContext, OrgContext } from '../../common/request-context.js';
import { ORGANIZATION_COLUMNS, toOrganization, type OrganizationRow } from './organization.mapper.js';

@Injectable()
export class OrganizationsService {
  constructor(private readonly db: DatabaseService) {}

  /**
   * Creates an organization and makes the actor its owner. Runs in a system transaction
   * because no organization scope exists until the row does.
   */
  async createWithOwner(tx: Tx, ctx: AuthedContext, name: string): Promise<Organization> {
    const [row] = await tx.query<OrganizationRow>(`INSERT INTO organizations (name) VALUES ($1) RETURNING ${ORGANIZATION_COLUMNS}`, [name]);
    const org = toOrganization(row!);
    await tx.execute(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [org.id, ctx.actor.userId]);
    await recordAudit({ ...tx, orgId: org.id, userId: ctx.actor.userId }, ctx, {
      action: 'create',
      entityType: 'organization',
      entityId: org.id,
      after: org,
    });
    return org;
  }

  create(ctx: AuthedContext, name: string): Promise<Organization> {
    return this.db.system((tx) => this.createWithOwner(tx, ctx, name));
  }

  get(ctx: OrgContext): Promise<Organization> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [row] = await tx.query<OrganizationRow>(`SELECT ${ORGANIZATION_COLUMNS} FROM organizations WHERE id = $1`, [tx.orgId]);
      if (!row) throw new AppError('not_found');
      return toOrganization(row);
    });
  }

  update(ctx: OrgContext, input: UpdateOrganizationInput, expectedVersion: number): Promise<Organization> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [current] = await tx.query<OrganizationRow>(
        `SELECT ${ORGANIZATION_COLUMNS} FROM organizations WHERE id = $1 FOR UPDATE`,
        [tx.orgId],
      );
      if (!current) throw new AppError('not_found');
      const before = toOrganization(current);
      if (current.version !== expectedVersion) throw new AppError('precondition_failed', undefined, { current: before });
      const [row] = await tx.query<OrganizationRow>(
        `UPDATE organizations
            SET name = coalesce($2, name), default_currency = coalesce($3, default_currency),
                locale = coalesce($4, locale), time_zone = coalesce($5, time_zone),
                approval_threshold = CASE WHEN $6 THEN $7::bigint ELSE approval_threshold END,
                version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING ${ORGANIZATION_COLUMNS}`,
        [
          tx.orgId, input.name ?? null, input.defaultCurrency ?? null, input.locale ?? null, input.timeZone ?? null,
          'approvalThreshold' in input, input.approvalThreshold ?? null,
        ],
      );
      const after = toOrganization(row!);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'organization', entityId: after.id, before, after });
      return after;
    });
  }
}

import type { TenantTx, Tx } from './database.service.js';
import type { RequestContext } from './request-context.js';

export type AuditChange = {
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
};

/** Appends to the audit log inside the caller's transaction: the change and its record commit together. */
export function recordAudit(tx: TenantTx, ctx: RequestContext, change: AuditChange): Promise<void> {
  return recordAuditIn(tx, tx.orgId, ctx, change);
}

/**
 * The one audit writer. Outside an organization scope (the vendor portal) the change still lands in
 * the owning organization's log, named explicitly, attributed to the acting user.
 */
export async function recordAuditIn(tx: Tx, organizationId: string, ctx: RequestContext, change: AuditChange): Promise<void> {
  await tx.execute(
    `INSERT INTO audit_log (organization_id, actor_id, action, entity_type, entity_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      organizationId,
      ctx.actor?.userId ?? null,
      change.action,
      change.entityType,
      change.entityId,
      change.before ? JSON.stringify(change.before) : null,
      change.after ? JSON.stringify(change.after) : null,
      ctx.requestId,
    ],
  );
}

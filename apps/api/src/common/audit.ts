import type { TenantTx } from './database.service.js';
import type { RequestContext } from './request-context.js';

export type AuditChange = {
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
};

/** Appends to the audit log inside the caller's transaction: the change and its record commit together. */
export async function recordAudit(tx: TenantTx, ctx: RequestContext, change: AuditChange): Promise<void> {
  await tx.execute(
    `INSERT INTO audit_log (organization_id, actor_id, action, entity_type, entity_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      tx.orgId,
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

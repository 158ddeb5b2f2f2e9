import { Injectable } from '@nestjs/common';
import type { AuditEntry, AuditQuery, Page } from '@rundown/domain';
import { DatabaseService } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';

type AuditRow = {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: AuditEntry['action'];
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at.toISOString(),
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  before: row.before,
  after: row.after,
});

@Injectable()
export class AuditService {
  constructor(private readonly db: DatabaseService) {}

  /** Newest first; the cursor is the last id seen (ids only grow). */
  list(ctx: OrgContext, query: AuditQuery): Promise<Page<AuditEntry>> {
    const after = readCursor(query.cursor, ['bigint']);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const params: unknown[] = [tx.orgId];
      const where = ['a.organization_id = $1'];
      const add = (value: unknown) => `$${params.push(value)}`;
      if (query.entityType) where.push(`a.entity_type = ${add(query.entityType)}`);
      if (query.entityId) where.push(`a.entity_id = ${add(query.entityId)}`);
      if (query.actorId) where.push(`a.actor_id = ${add(query.actorId)}`);
      if (query.action) where.push(`a.action = ${add(query.action)}`);
      if (query.from) where.push(`a.at >= ${add(query.from)}::timestamptz`);
      if (query.to) where.push(`a.at <= ${add(query.to)}::timestamptz`);
      if (after) where.push(`a.id < ${add(after[0])}::bigint`);
      const rows = await tx.query<AuditRow>(
        `SELECT a.id::text, a.at, a.actor_id, u.name AS actor_name, a.action, a.entity_type, a.entity_id, a.before, a.after
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
          WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ${add(query.limit + 1)}`,
        params,
      );
      return toPage(rows, query.limit, toEntry, (row) => [row.id]);
    });
  }
}

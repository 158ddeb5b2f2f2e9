import { Injectable } from '@nestjs/common';
import { assignableRoles, type Member, type Page, type PageQuery, type Role } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { IdentityService } from '../auth/identity.service.js';

type MemberRow = { id: string; user_id: string; name: string; email: string; role: Role; version: number; created_at: Date };

const toMember = (row: MemberRow): Member => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  email: row.email,
  role: row.role,
  version: row.version,
  joinedAt: row.created_at.toISOString(),
});

const MEMBER_SELECT = `SELECT m.id, m.user_id, u.name, u.email, m.role, m.version, m.created_at
  FROM memberships m JOIN users u ON u.id = m.user_id`;

@Injectable()
export class MembersService {
  constructor(
    private readonly db: DatabaseService,
    private readonly identity: IdentityService,
  ) {}

  list(ctx: OrgContext, query: PageQuery): Promise<Page<Member>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      // The page is cut from (organization_id, created_at, id) before it meets the users; first and
      // next pages are separate statements, the keyset bound a row comparison the index takes.
      const keyset = after ? 'AND (created_at, id) > ($3::timestamptz, $4::uuid)' : '';
      const rows = await tx.query<MemberRow>(
        `SELECT m.id, m.user_id, u.name, u.email, m.role, m.version, m.created_at
           FROM (SELECT * FROM memberships WHERE organization_id = $1 ${keyset} ORDER BY created_at, id LIMIT $2) m
           JOIN users u ON u.id = m.user_id
          ORDER BY m.created_at, m.id`,
        after ? [tx.orgId, query.limit + 1, after[0], after[1]] : [tx.orgId, query.limit + 1],
      );
      return toPage(rows, query.limit, toMember, (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  changeRole(ctx: OrgContext, memberId: string, version: number, role: Role): Promise<Member> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const target = await this.lockMember(tx, memberId);
      this.assertMayManage(ctx.org.role, target.role, role);
      if (target.version !== version) throw new AppError('precondition_failed', undefined, { current: toMember(target) });
      if (target.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(tx);
      const [row] = await tx.query<MemberRow>(
        `WITH updated AS (UPDATE memberships SET role = $2, version = version + 1 WHERE id = $1 AND organization_id = $3 RETURNING *)
         SELECT m.id, m.user_id, u.name, u.email, m.role, m.version, m.created_at FROM updated m JOIN users u ON u.id = m.user_id`,
        [memberId, role, tx.orgId],
      );
      const after = toMember(row!);
      tx.afterCommit(() => this.identity.forgetUser(target.user_id));
      await recordAudit(tx, ctx, { action: 'update', entityType: 'membership', entityId: memberId, before: toMember(target), after });
      return after;
    });
  }

  remove(ctx: OrgContext, memberId: string): Promise<void> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const target = await this.lockMember(tx, memberId);
      this.assertMayManage(ctx.org.role, target.role, null);
      await this.deleteMember(tx, ctx, target);
    });
  }

  leave(ctx: OrgContext): Promise<void> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [row] = await tx.query<{ id: string }>(`SELECT id FROM memberships WHERE organization_id = $1 AND user_id = $2`, [
        tx.orgId,
        ctx.actor.userId,
      ]);
      if (!row) throw new AppError('not_found');
      await this.deleteMember(tx, ctx, await this.lockMember(tx, row.id));
    });
  }

  private async deleteMember(tx: TenantTx, ctx: OrgContext, target: MemberRow): Promise<void> {
    if (target.role === 'owner') await this.assertAnotherOwner(tx);
    await tx.execute(`DELETE FROM memberships WHERE id = $1 AND organization_id = $2`, [target.id, tx.orgId]);
    await tx.execute(`DELETE FROM vendor_users WHERE user_id = $1 AND organization_id = $2`, [target.user_id, tx.orgId]);
    tx.afterCommit(() => this.identity.forgetUser(target.user_id));
    await recordAudit(tx, ctx, { action: 'delete', entityType: 'membership', entityId: target.id, before: toMember(target) });
  }

  /** Locks the owners too, so two owners cannot both step down at once. */
  private async lockMember(tx: TenantTx, memberId: string): Promise<MemberRow> {
    await tx.query(`SELECT id FROM memberships WHERE organization_id = $1 AND role = 'owner' FOR UPDATE`, [tx.orgId]);
    const [row] = await tx.query<MemberRow>(`${MEMBER_SELECT} WHERE m.id = $1 AND m.organization_id = $2 FOR UPDATE OF m`, [
      memberId,
      tx.orgId,
    ]);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private async assertAnotherOwner(tx: TenantTx): Promise<void> {
    const [row] = await tx.query<{ owners: number }>(
      `SELECT count(*)::int AS owners FROM memberships WHERE organization_id = $1 AND role = 'owner'`,
      [tx.orgId],
    );
    if ((row?.owners ?? 0) <= 1) throw new AppError('last_owner');
  }

  /** Nobody hands out or takes away more than their own role allows. */
  private assertMayManage(actor: Role, targetRole: Role, newRole: Role | null): void {
    const allowed = assignableRoles(actor);
    if (!allowed.includes(targetRole) || (newRole !== null && !allowed.includes(newRole))) {
      throw new AppError('forbidden', 'Only an owner can change or remove an owner, or make someone an owner');
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import {
  assignableRoles,
  type AcceptInvitationAsNewUserInput,
  type CreatedInvitation,
  type CreateInvitationInput,
  type Invitation,
  type InvitationPreview,
  type Me,
  type Page,
  type PageQuery,
  type Role,
} from '@rundown/domain';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { randomToken, sha256 } from '../../common/crypto.js';
import { DatabaseService, type Tx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { AuthedContext, OrgContext, RequestContext } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuthService } from '../auth/auth.service.js';
import { IdentityService } from '../auth/identity.service.js';

type InvitationRow = {
  id: string;
  organization_id: string;
  email: string;
  role: Role;
  invited_by_name: string | null;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
  vendor_id: string | null;
};

const INVITATION_SELECT = `SELECT i.id, i.organization_id, i.email, i.role, u.name AS invited_by_name,
  i.expires_at, i.accepted_at, i.revoked_at, i.created_at, i.vendor_id
  FROM invitations i LEFT JOIN users u ON u.id = i.invited_by`;

function statusOf(row: InvitationRow): Invitation['status'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  if (row.expires_at.getTime() <= Date.now()) return 'expired';
  return 'pending';
}

const toInvitation = (row: InvitationRow): Invitation => ({
  id: row.id,
  email: row.email,
  role: row.role,
  status: statusOf(row),
  invitedBy: row.invited_by_name ?? '—',
  expiresAt: row.expires_at.toISOString(),
  createdAt: row.created_at.toISOString(),
});

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly auth: AuthService,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(ctx: OrgContext, query: PageQuery): Promise<Page<Invitation>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const rows = await tx.query<InvitationRow>(
        `${INVITATION_SELECT}
          WHERE i.organization_id = $1 AND ($2::timestamptz IS NULL OR (i.created_at, i.id) < ($2::timestamptz, $3::uuid))
          ORDER BY i.created_at DESC, i.id DESC LIMIT $4`,
        [tx.orgId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
      );
      return toPage(rows, query.limit, toInvitation, (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  /** With `vendorId`, accepting also links the person to that vendor (role vendor). */
  create(ctx: OrgContext, input: CreateInvitationInput, origin: string, vendorId: string | null = null): Promise<CreatedInvitation> {
    // A vendor's people are invited by whoever may manage vendors; everyone else by role ceiling.
    if (!vendorId && !assignableRoles(ctx.org.role).includes(input.role)) {
      throw new AppError('forbidden', 'Only an owner can invite another owner');
    }
    const token = randomToken(32);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [member] = await tx.query(
        `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2`,
        [tx.orgId, input.email],
      );
      if (member && !vendorId) {
        throw new AppError('already_member', undefined, {
          errors: [{ pointer: '/body/email', code: 'already_member', message: 'This person is already a member' }],
        });
      }
      const [inserted] = await tx.query<{ id: string }>(
        `INSERT INTO invitations (organization_id, email, role, token_hash, invited_by, expires_at, vendor_id)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6), $7) RETURNING id`,
        [tx.orgId, input.email, input.role, sha256(token), ctx.actor.userId, input.expiresInDays, vendorId],
      );
      const [row] = await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.id = $1`, [inserted!.id]);
      const invitation = toInvitation(row!);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'invitation', entityId: invitation.id, after: invitation });
      const base = this.config.PUBLIC_URL ?? origin;
      return { ...invitation, token, url: new URL(`/invite/${token}`, base).toString() };
    });
  }

  revoke(ctx: OrgContext, invitationId: string): Promise<void> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [row] = await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.id = $1 AND i.organization_id = $2 FOR UPDATE OF i`, [
        invitationId,
        tx.orgId,
      ]);
      if (!row) throw new AppError('not_found');
      if (statusOf(row) !== 'pending') throw new AppError('conflict', 'Only a pending invitation can be revoked');
      await tx.execute(`UPDATE invitations SET revoked_at = now() WHERE id = $1`, [invitationId]);
      await recordAudit(tx, ctx, {
        action: 'update',
        entityType: 'invitation',
        entityId: invitationId,
        before: toInvitation(row),
        after: { ...toInvitation(row), status: 'revoked' },
      });
    });
  }

  /** Public: anyone holding the link may see what it is for. */
  async preview(token: string): Promise<InvitationPreview> {
    return this.db.system(async (tx) => {
      const row = await this.pending(tx, token, false);
      const [org] = await tx.query<{ name: string }>(`SELECT name FROM organizations WHERE id = $1`, [row.organization_id]);
      const [user] = await tx.query(`SELECT 1 FROM users WHERE email = $1`, [row.email]);
      return {
        organizationName: org?.name ?? '',
        email: row.email,
        role: row.role,
        invitedBy: row.invited_by_name ?? '—',
        expiresAt: row.expires_at.toISOString(),
        accountExists: Boolean(user),
      };
    });
  }

  /** The signed-in user accepts; the invitation must be for their email. */
  async accept(ctx: AuthedContext, token: string): Promise<{ organizationId: string; role: Role }> {
    return this.db.system(async (tx) => {
      const row = await this.pending(tx, token, true);
      const [user] = await tx.query<{ email: string }>(`SELECT email FROM users WHERE id = $1`, [ctx.actor.userId]);
      if (user?.email !== row.email) {
        throw new AppError('invitation_invalid', `This invitation is for ${row.email}; sign in with that email to accept it`);
      }
      await this.join(tx, ctx, row, ctx.actor.userId);
      return { organizationId: row.organization_id, role: row.role };
    });
  }

  /** No account yet: create it for the invited email, accept, and sign in. */
  async register(ctx: RequestContext, token: string, input: AcceptInvitationAsNewUserInput, reply: FastifyReply): Promise<Me> {
    const userId = await this.db.system(async (tx) => {
      const row = await this.pending(tx, token, true);
      const id = await this.auth.registerInvited(tx, { email: row.email, ...input }, ctx, reply);
      await this.join(tx, { ...ctx, actor: { userId: id, via: 'session', sessionId: null } }, row, id);
      return id;
    });
    return this.auth.me(userId);
  }

  private async pending(tx: Tx, token: string, lock: boolean): Promise<InvitationRow> {
    const [row] = await tx.query<InvitationRow>(`${INVITATION_SELECT} WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`, [
      sha256(token),
    ]);
    if (!row || statusOf(row) !== 'pending') throw new AppError('invitation_invalid');
    return row;
  }

  private async join(tx: Tx, ctx: AuthedContext, row: InvitationRow, userId: string): Promise<void> {
    const [membership] = await tx.query<{ id: string }>(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, user_id) DO NOTHING RETURNING id`,
      [row.organization_id, userId, row.role],
    );
    if (!membership && !row.vendor_id) throw new AppError('already_member');
    await tx.execute(`UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [row.id, userId]);
    if (row.vendor_id) {
      await tx.execute(`INSERT INTO vendor_users (vendor_id, user_id, organization_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        row.vendor_id, userId, row.organization_id,
      ]);
    }
    tx.afterCommit(() => this.identity.forgetUser(userId));
    await recordAudit({ ...tx, orgId: row.organization_id, userId }, ctx, {
      action: 'create',
      entityType: row.vendor_id ? 'vendor_user' : 'membership',
      entityId: membership?.id ?? row.vendor_id!,
      after: { userId, role: row.role, invitationId: row.id },
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { CreatedInvitation, CreateVendorInput, Page, UpdateVendorInput, Vendor } from '@rundown/domain';
import type { z } from 'zod';
import type { vendorListQuerySchema } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { InvitationsService } from '../invitations/invitations.service.js';

type VendorRow = {
  id: string;
  name: string;
  category: Vendor['category'];
  contacts: Vendor['contacts'];
  tax_id: string | null;
  notes: string | null;
  user_count: number;
  version: number;
  created_at: Date;
};

const COLUMNS = `v.id, v.name, v.category, v.contacts, v.tax_id, v.notes, v.version, v.created_at,
  (SELECT count(*)::int FROM vendor_users vu WHERE vu.vendor_id = v.id) AS user_count`;
const SELECT = `SELECT ${COLUMNS} FROM vendors v`;

const toVendor = (r: VendorRow): Vendor => ({
  id: r.id, name: r.name, category: r.category, contacts: r.contacts, taxId: r.tax_id, notes: r.notes, userCount: r.user_count,
  version: r.version, createdAt: r.created_at.toISOString(),
});

/** The organization's vendor directory, and invitations for a vendor's people. */
@Injectable()
export class VendorsService {
  constructor(
    private readonly db: DatabaseService,
    @Inject(InvitationsService) private readonly invitations: InvitationsService,
  ) {}

  list(ctx: OrgContext, query: z.output<typeof vendorListQuerySchema>): Promise<Page<Vendor>> {
    const after = readCursor(query.cursor, ['text', 'uuid']);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      // The cursor keeps the name as PostgreSQL lower-cased it, so it compares exactly as the ORDER BY.
      const params: unknown[] = [tx.orgId];
      const add = (value: unknown) => `$${params.push(value)}`;
      const where = ['v.organization_id = $1'];
      if (query.category) where.push(`v.category = ${add(query.category)}`);
      if (query.q) where.push(`v.name ILIKE ${add(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
      if (after) where.push(`(lower(v.name), v.id) > (${add(after[0])}::text, ${add(after[1])}::uuid)`);
      const rows = await tx.query<VendorRow & { name_key: string }>(
        `SELECT ${COLUMNS}, lower(v.name) AS name_key FROM vendors v WHERE ${where.join(' AND ')}
          ORDER BY lower(v.name), v.id LIMIT ${add(query.limit + 1)}`,
        params,
      );
      return toPage(rows, query.limit, toVendor, (r) => [r.name_key, r.id]);
    });
  }

  create(ctx: OrgContext, input: CreateVendorInput): Promise<Vendor> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO vendors (organization_id, name, category, contacts, tax_id, notes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [tx.orgId, input.name, input.category, JSON.stringify(input.contacts ?? []), input.taxId ?? null, input.notes ?? null],
      );
      const vendor = (await this.find(tx, row!.id))!;
      await recordAudit(tx, ctx, { action: 'create', entityType: 'vendor', entityId: vendor.id, after: vendor });
      return vendor;
    });
  }

  update(ctx: OrgContext, vendorId: string, version: number, input: UpdateVendorInput): Promise<Vendor> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const before = await this.find(tx, vendorId, true);
      if (!before) throw new AppError('not_found');
      if (before.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      const next = { ...before, ...input };
      await tx.execute(
        `UPDATE vendors SET name = $3, category = $4, contacts = $5, tax_id = $6, notes = $7, version = version + 1, updated_at = now()
          WHERE id = $1 AND organization_id = $2`,
        [vendorId, tx.orgId, next.name, next.category, JSON.stringify(next.contacts), next.taxId, next.notes],
      );
      const after = (await this.find(tx, vendorId))!;
      await recordAudit(tx, ctx, { action: 'update', entityType: 'vendor', entityId: vendorId, before, after });
      return after;
    });
  }

  remove(ctx: OrgContext, vendorId: string): Promise<void> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const before = await this.find(tx, vendorId, true);
      if (!before) throw new AppError('not_found');
      await tx.execute(`DELETE FROM vendors WHERE id = $1 AND organization_id = $2`, [vendorId, tx.orgId]);
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'vendor', entityId: vendorId, before });
    });
  }

  async invite(ctx: OrgContext, vendorId: string, input: { email: string; expiresInDays: number }, origin: string): Promise<CreatedInvitation> {
    const exists = await this.db.tenant(ctx.org.id, ctx.actor.userId, (tx) => this.find(tx, vendorId));
    if (!exists) throw new AppError('not_found');
    return this.invitations.create(ctx, { email: input.email, role: 'vendor', expiresInDays: input.expiresInDays }, origin, vendorId);
  }

  private async find(tx: TenantTx, id: string, lock = false): Promise<Vendor | undefined> {
    if (lock) await tx.query(`SELECT 1 FROM vendors WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, tx.orgId]);
    const [row] = await tx.query<VendorRow>(`${SELECT} WHERE v.id = $1 AND v.organization_id = $2`, [id, tx.orgId]);
    return row ? toVendor(row) : undefined;
  }
}

import { Injectable } from '@nestjs/common';
import {
  canMovePermit,
  toZonedLocal,
  type CreateLeadTimeInput,
  type CreatePermitInput,
  type Page,
  type Permit,
  type PermitListQuery,
  type PermitType,
  type UpdatePermitInput,
} from '@rundown/domain';
import { AppError, fieldError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { EventPlacesRepository } from './event-places.repository.js';
import { toPermit, toPermitType, type PermitRow } from './permit.mapper.js';
import { PermitsRepository, type PermitValues } from './permits.repository.js';

@Injectable()
export class PermitsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly permits: PermitsRepository,
    private readonly places: EventPlacesRepository,
    private readonly events: EventsService,
  ) {}

  listTypes(ctx: OrgContext): Promise<Page<PermitType>> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      await this.permits.ensureTypes(tx);
      return { items: (await this.permits.listTypes(tx)).map(toPermitType), nextCursor: null };
    });
  }

  /** A new dated lead time for a type: at least the statutory minimum in force from that date. */
  addLeadTime(ctx: OrgContext, typeId: string, input: CreateLeadTimeInput): Promise<PermitType> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      // Types are seeded on first listing; before that no id can name one, so no seeding here.
      if (!(await this.permits.typeExists(tx, typeId))) throw new AppError('not_found');
      const statutory = await this.permits.statutoryDays(tx, typeId, input.scale, input.effectiveFrom);
      if (statutory !== null && input.leadDays < statutory) {
        throw fieldError('/body/leadDays', `The law requires at least ${statutory} days; a lead time may be lengthened, never shortened`, 'below_statutory');
      }
      await this.permits.insertLeadTime(tx, typeId, input, statutory);
      const type = (await this.permits.listTypes(tx)).map(toPermitType).find((t) => t.id === typeId)!;
      await recordAudit(tx, ctx, { action: 'update', entityType: 'permit_type', entityId: typeId, after: type });
      return type;
    });
  }

  list(ctx: OrgContext, query: PermitListQuery): Promise<Page<Permit>> {
    const after = readCursor(query.cursor, ['date', 'uuid'] as const);
    const now = new Date();
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const rows = await this.permits.list(tx, query, after);
      return toPage(rows, query.limit, (row) => toPermit(row, now), (row) => [row.sort_key, row.id]);
    });
  }

  create(ctx: OrgContext, eventId: string, input: CreatePermitInput): Promise<Permit> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const event = await this.events.require(tx, eventId);
      if (!(await this.permits.typeExists(tx, input.typeId))) throw fieldError('/body/typeId', 'No such permit type in this organization');
      const values: PermitValues = {
        placeId: input.placeId ?? null,
        issuer: input.issuer ?? null,
        number: input.number ?? null,
        status: input.status,
        submittedOn: input.submittedOn ?? null,
        approvedOn: input.approvedOn ?? null,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        ownerId: input.ownerId ?? null,
        budgetLineId: input.budgetLineId ?? null,
        notes: input.notes ?? null,
      };
      await this.check(tx, eventId, values, event.time_zone);
      const id = await this.permits.insert(tx, eventId, input.typeId, values);
      const permit = toPermit((await this.permits.find(tx, eventId, id))!, new Date());
      await recordAudit(tx, ctx, { action: 'create', entityType: 'permit', entityId: id, after: permit });
      return permit;
    });
  }

  update(ctx: OrgContext, eventId: string, permitId: string, version: number, input: UpdatePermitInput): Promise<Permit> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const locked = await this.permits.lock(tx, eventId, permitId);
      if (!locked) throw new AppError('not_found');
      const current = (await this.permits.find(tx, eventId, permitId))!;
      const before = toPermit(current, new Date());
      if (locked.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      if (input.status && !canMovePermit(before.status, input.status)) {
        throw new AppError('invalid_transition', `A permit cannot move from ${before.status} to ${input.status}`, {
          errors: [{ pointer: '/body/status', code: 'invalid_transition', message: `Not allowed from ${before.status}` }],
        });
      }
      const pick = <K extends keyof PermitValues>(key: K, from: PermitValues[K]): PermitValues[K] =>
        (input as Partial<PermitValues>)[key] !== undefined ? ((input as Partial<PermitValues>)[key] as PermitValues[K]) : from;
      const values: PermitValues = {
        placeId: pick('placeId', before.placeId),
        issuer: pick('issuer', before.issuer),
        number: pick('number', before.number),
        status: pick('status', before.status),
        submittedOn: pick('submittedOn', before.submittedOn),
        approvedOn: pick('approvedOn', before.approvedOn),
        validFrom: pick('validFrom', before.validFrom),
        validUntil: pick('validUntil', before.validUntil),
        ownerId: pick('ownerId', before.ownerId),
        budgetLineId: pick('budgetLineId', before.budgetLineId),
        notes: pick('notes', before.notes),
      };
      if (values.validFrom && values.validUntil && values.validUntil < values.validFrom) {
        throw fieldError('/body/validUntil', 'Valid until must not be before valid from', 'custom');
      }
      await this.check(tx, eventId, values, current.event_time_zone);
      if (!(await this.permits.update(tx, permitId, version, values))) throw new AppError('precondition_failed', undefined, { current: before });
      const after = toPermit((await this.permits.find(tx, eventId, permitId))!, new Date());
      await recordAudit(tx, ctx, { action: 'update', entityType: 'permit', entityId: permitId, before, after });
      return after;
    });
  }

  remove(ctx: OrgContext, eventId: string, permitId: string): Promise<void> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      if (!(await this.permits.lock(tx, eventId, permitId))) throw new AppError('not_found');
      const before = toPermit((await this.permits.find(tx, eventId, permitId)) as PermitRow, new Date());
      await this.permits.delete(tx, permitId);
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'permit', entityId: permitId, before });
    });
  }

  /** References point inside the event and organization; submitting or approving stamps today's date in the event's zone. */
  private async check(tx: TenantTx, eventId: string, v: PermitValues, timeZone: string): Promise<void> {
    if (v.placeId && !(await this.permits.placeOfEvent(tx, eventId, v.placeId))) throw fieldError('/body/placeId', 'Not a place of this event');
    if (v.ownerId && !(await this.permits.isMember(tx, v.ownerId))) throw fieldError('/body/ownerId', 'Not a member of this organization');
    if (v.budgetLineId && !(await this.places.lineOfEvent(tx, eventId, v.budgetLineId))) throw fieldError('/body/budgetLineId', "Not a line of this event's budget");
    const today = toZonedLocal(new Date().toISOString(), timeZone).slice(0, 10);
    if ((v.status === 'submitted' || v.status === 'approved' || v.status === 'rejected') && !v.submittedOn) v.submittedOn = today;
    if (v.status === 'approved' && !v.approvedOn) v.approvedOn = today;
  }
}

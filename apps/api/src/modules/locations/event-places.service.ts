import { Injectable } from '@nestjs/common';
import {
  assessHold,
  nextTentativeRank,
  windowInside,
  type CreateEventPlaceInput,
  type EventPlace,
  type LocationUsage,
  type Page,
  type UpdateEventPlaceInput,
} from '@rundown/domain';
import { AppError, fieldError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { toEventPlace, toHold, toUsage, type HoldRow } from './event-place.mapper.js';
import { EventPlacesRepository, type PlaceValues } from './event-places.repository.js';
import { LocationsRepository } from './locations.repository.js';

const DOUBLE_BOOKING = 'event_places_no_double_booking';
const isDoubleBooking = (error: unknown) => {
  const e = error as { code?: string; constraint?: string } | null;
  return e?.code === '23P01' && e.constraint === DOUBLE_BOOKING;
};

const describe = (rows: HoldRow[]) => rows.map((r) => `"${r.event_name}" (${new Date(r.start_at).toISOString()} – ${new Date(r.end_at).toISOString()})`).join(', ');
const overlapOf = (r: HoldRow) => ({
  placeId: r.id,
  eventId: r.event_id,
  eventName: r.event_name,
  holdStatus: r.hold_status,
  holdRank: r.hold_rank,
  startAt: new Date(r.start_at).toISOString(),
  endAt: new Date(r.end_at).toISOString(),
});

@Injectable()
export class EventPlacesService {
  constructor(
    private readonly db: DatabaseService,
    private readonly places: EventPlacesRepository,
    private readonly locations: LocationsRepository,
    private readonly events: EventsService,
  ) {}

  list(ctx: OrgContext, eventId: string, query: { limit: number; cursor?: string | undefined }): Promise<Page<EventPlace>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid'] as const);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      await this.events.require(tx, eventId);
      const rows = await this.places.list(tx, eventId, query.limit, after);
      return toPage(rows, query.limit, toEventPlace, (row) => [new Date(row.start_at).toISOString(), row.id]);
    });
  }

  usage(ctx: OrgContext, locationId: string, query: { limit: number; cursor?: string | undefined; includeReleased?: boolean | undefined }): Promise<Page<LocationUsage>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid'] as const);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      if (!(await this.locations.find(tx, locationId))) throw new AppError('not_found');
      const rows = await this.places.usage(tx, locationId, query.includeReleased ?? false, query.limit, after);
      return toPage(rows, query.limit, toUsage, (row) => [new Date(row.start_at).toISOString(), row.id]);
    });
  }

  create(ctx: OrgContext, eventId: string, input: CreateEventPlaceInput): Promise<EventPlace> {
    const values: PlaceValues = {
      locationId: input.locationId,
      spaceId: input.spaceId ?? null,
      role: input.role,
      startAt: input.startAt,
      endAt: input.endAt,
      loadIn: input.loadIn ?? null,
      loadOut: input.loadOut ?? null,
      holdStatus: input.holdStatus,
      holdRank: input.holdRank ?? null,
      notes: input.notes ?? null,
      budgetLineId: input.budgetLineId ?? null,
    };
    return this.withDoubleBookingNamed(ctx, values, null, () =>
      this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
        await this.events.require(tx, eventId);
        if (!(await this.places.locationExists(tx, values.locationId))) throw fieldError('/body/locationId', 'No such place in this organization');
        await this.checkReferences(tx, eventId, values);
        await this.applyHoldRules(tx, values, null, input.jumpQueue ?? false);
        const id = await this.places.insert(tx, eventId, values);
        const place = toEventPlace((await this.places.find(tx, eventId, id))!);
        await recordAudit(tx, ctx, { action: 'create', entityType: 'event_place', entityId: id, after: place });
        return place;
      }),
    );
  }

  async update(ctx: OrgContext, eventId: string, placeId: string, version: number, input: UpdateEventPlaceInput): Promise<EventPlace> {
    let values: PlaceValues | null = null;
    return this.withDoubleBookingNamed(ctx, () => values, placeId, () =>
      this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
        const locked = await this.places.lock(tx, eventId, placeId);
        if (!locked) throw new AppError('not_found');
        const current = (await this.places.find(tx, eventId, placeId))!;
        const before = toEventPlace(current);
        if (locked.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
        const startAt = input.startAt ?? before.startAt;
        const endAt = input.endAt ?? before.endAt;
        values = {
          locationId: before.locationId,
          spaceId: input.spaceId !== undefined ? input.spaceId : before.spaceId,
          role: input.role ?? before.role,
          startAt,
          endAt,
          loadIn: input.loadIn !== undefined ? input.loadIn : before.loadIn,
          loadOut: input.loadOut !== undefined ? input.loadOut : before.loadOut,
          holdStatus: input.holdStatus ?? before.holdStatus,
          holdRank: input.holdRank !== undefined ? input.holdRank : before.holdRank,
          notes: input.notes !== undefined ? input.notes : before.notes,
          budgetLineId: input.budgetLineId !== undefined ? input.budgetLineId : before.budgetLineId,
        };
        // Moving the hold may leave a window it kept outside: the rule is checked on the result.
        if (Date.parse(endAt) <= Date.parse(startAt)) throw fieldError('/body/endAt', 'End must be after start', 'custom');
        if (values.loadIn && !windowInside(values.loadIn, { startAt, endAt })) throw fieldError('/body/loadIn', 'Load-in must lie inside the hold', 'custom');
        if (values.loadOut && !windowInside(values.loadOut, { startAt, endAt })) throw fieldError('/body/loadOut', 'Load-out must lie inside the hold', 'custom');
        await this.checkReferences(tx, eventId, values);
        // A tentative hold that becomes tentative again, or changes space or time, queues anew unless a rank is given.
        const requeue = values.holdStatus === 'tentative' && input.holdRank === undefined &&
          (before.holdStatus !== 'tentative' || values.spaceId !== before.spaceId || startAt !== before.startAt || endAt !== before.endAt);
        if (requeue) values.holdRank = null;
        await this.applyHoldRules(tx, values, placeId, input.jumpQueue ?? false);
        if (!(await this.places.update(tx, placeId, version, values))) throw new AppError('precondition_failed', undefined, { current: before });
        const after = toEventPlace((await this.places.find(tx, eventId, placeId))!);
        await recordAudit(tx, ctx, { action: 'update', entityType: 'event_place', entityId: placeId, before, after });
        return after;
      }),
    );
  }

  remove(ctx: OrgContext, eventId: string, placeId: string): Promise<void> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      if (!(await this.places.lock(tx, eventId, placeId))) throw new AppError('not_found');
      const before = toEventPlace((await this.places.find(tx, eventId, placeId))!);
      await this.places.delete(tx, placeId);
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'event_place', entityId: placeId, before });
    });
  }

  private async checkReferences(tx: TenantTx, eventId: string, v: PlaceValues): Promise<void> {
    if (v.spaceId && !(await this.places.spaceOf(tx, v.locationId, v.spaceId))) throw fieldError('/body/spaceId', 'No such space at this place');
    if (v.budgetLineId && !(await this.places.lineOfEvent(tx, eventId, v.budgetLineId))) throw fieldError('/body/budgetLineId', "Not a line of this event's budget");
  }

  /**
   * The rules the database does not hold by itself: a tentative hold takes the next rank in its
   * space's queue; a confirmation that would overtake earlier tentative holds needs `jumpQueue`.
   * A confirmed hold over a confirmed one is left to the exclusion constraint (checked here too,
   * so the common case answers without a failed INSERT).
   */
  private async applyHoldRules(tx: TenantTx, v: PlaceValues, selfId: string | null, jumpQueue: boolean): Promise<void> {
    if (!v.spaceId || v.holdStatus === 'released') {
      if (v.holdStatus !== 'tentative') v.holdRank = null;
      return;
    }
    const rows = await this.places.competing(tx, v.spaceId, v.startAt, v.endAt, selfId);
    const others = rows.map(toHold);
    const self = { id: selfId ?? 'new', spaceId: v.spaceId, startAt: v.startAt, endAt: v.endAt, status: v.holdStatus, rank: v.holdRank };
    if (v.holdStatus === 'tentative') {
      if (v.holdRank === null) v.holdRank = nextTentativeRank(self, others);
      return;
    }
    const verdict = assessHold(self, others);
    const byId = new Map(rows.map((r) => [r.id, r]));
    if (verdict.doubleBookings.length > 0) {
      const taken = verdict.doubleBookings.map((h) => byId.get(h.id)!);
      throw new AppError('double_booking', `The space is already confirmed for ${describe(taken)}`, { current: taken.map(overlapOf) });
    }
    if (verdict.queueAhead.length > 0 && !jumpQueue) {
      const ahead = verdict.queueAhead.map((h) => byId.get(h.id)!);
      throw new AppError('hold_queue', `Earlier tentative holds: ${describe(ahead)}. Send jumpQueue: true to confirm anyway`, { current: ahead.map(overlapOf) });
    }
    v.holdRank = null;
  }

  /**
   * Two confirmations racing past the check both reach INSERT; PostgreSQL's exclusion constraint
   * refuses the second. Its transaction is gone, so the other event is read in a fresh one.
   */
  private async withDoubleBookingNamed<T>(
    ctx: OrgContext,
    values: PlaceValues | (() => PlaceValues | null),
    selfId: string | null,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isDoubleBooking(error)) throw error;
      const v = typeof values === 'function' ? values() : values;
      const taken = v?.spaceId
        ? (await this.db.tenant(ctx.org.id, ctx.actor.userId, (tx) => this.places.competing(tx, v.spaceId!, v.startAt, v.endAt, selfId))).filter(
            (r) => r.hold_status === 'confirmed',
          )
        : [];
      throw new AppError('double_booking', taken.length ? `The space is already confirmed for ${describe(taken)}` : undefined, { current: taken.map(overlapOf) });
    }
  }
}

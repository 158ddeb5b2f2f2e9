import { Injectable } from '@nestjs/common';
import { canTransition, type CreateEventInput, type Event, type EventListQuery, type Page, type UpdateEventInput } from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { toEvent } from './event.mapper.js';
import { EventsRepository, type EventRef } from './events.repository.js';

export type { EventRef } from './events.repository.js';

@Injectable()
export class EventsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly events: EventsRepository,
  ) {}

  /**
   * The one "this event exists in this organization" check, for every module that works under an
   * event: inside the caller's tenant transaction, the event (a few columns), or 404.
   */
  async require(tx: TenantTx, eventId: string): Promise<EventRef> {
    const event = await this.events.ref(tx, eventId);
    if (!event) throw new AppError('not_found');
    return event;
  }

  /** A tenant transaction under an event of the caller's organization (404 when there is none). */
  withEvent<T>(ctx: OrgContext, eventId: string, work: (tx: TenantTx, event: EventRef) => Promise<T>): Promise<T> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => work(tx, await this.require(tx, eventId)));
  }

  list(ctx: OrgContext, query: EventListQuery): Promise<Page<Event>> {
    const after = readCursor(query.cursor, this.events.cursorFields(query.sort));
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const rows = await this.events.list(tx, query, after);
      return toPage(rows, query.limit, toEvent, (row) => this.events.sortKey(row));
    });
  }

  get(ctx: OrgContext, id: string): Promise<Event> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const row = await this.events.find(tx, id);
      if (!row) throw new AppError('not_found');
      return toEvent(row);
    });
  }

  create(ctx: OrgContext, input: CreateEventInput): Promise<Event> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const event = toEvent(await this.events.insert(tx, input));
      await recordAudit(tx, ctx, { action: 'create', entityType: 'event', entityId: event.id, after: event });
      return event;
    });
  }

  update(ctx: OrgContext, id: string, version: number, input: UpdateEventInput): Promise<Event> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const current = await this.events.find(tx, id, true);
      if (!current) throw new AppError('not_found');
      const before = toEvent(current);
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      if (input.status && !canTransition(current.status, input.status)) {
        throw new AppError('invalid_transition', `An event cannot move from ${current.status} to ${input.status}`, {
          errors: [{ pointer: '/body/status', code: 'invalid_transition', message: `Not allowed from ${current.status}` }],
        });
      }
      const start = input.startAt ?? before.startAt;
      const end = input.endAt ?? before.endAt;
      if (Date.parse(end) < Date.parse(start)) {
        throw new AppError('validation_failed', undefined, {
          errors: [{ pointer: '/body/endAt', code: 'custom', message: 'End must not be before start' }],
        });
      }
      const row = await this.events.update(tx, id, version, input);
      if (!row) throw new AppError('precondition_failed', undefined, { current: before });
      const after = toEvent(row);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'event', entityId: id, before, after });
      return after;
    });
  }

  remove(ctx: OrgContext, id: string): Promise<void> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const current = await this.events.find(tx, id, true);
      if (!current) throw new AppError('not_found');
      await this.events.delete(tx, id);
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'event', entityId: id, before: toEvent(current) });
    });
  }
}

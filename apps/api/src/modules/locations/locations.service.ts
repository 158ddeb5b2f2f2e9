import { Injectable } from '@nestjs/common';
import {
  defaultLocationZone,
  type CreateLocationInput,
  type CreateSpaceInput,
  type Location,
  type LocationListQuery,
  type LocationSummary,
  type Page,
  type Space,
  type UpdateLocationInput,
  type UpdateSpaceInput,
} from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { toLocation, toLocationSummary, toSpace } from './location.mapper.js';
import { LocationsRepository } from './locations.repository.js';

/** PostgreSQL's foreign-key violation: a place or space still used by an event. */
const isStillReferenced = (error: unknown) => (error as { code?: string } | null)?.code === '23503';

@Injectable()
export class LocationsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly locations: LocationsRepository,
  ) {}

  list(ctx: OrgContext, query: LocationListQuery): Promise<Page<LocationSummary>> {
    const after = readCursor(query.cursor, ['text', 'uuid'] as const);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const rows = await this.locations.list(tx, query, after);
      return toPage(rows, query.limit, toLocationSummary, (row) => [row.sort_key, row.id]);
    });
  }

  cities(ctx: OrgContext): Promise<{ items: string[] }> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => ({ items: await this.locations.cities(tx) }));
  }

  get(ctx: OrgContext, id: string): Promise<Location> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, (tx) => this.load(tx, id));
  }

  create(ctx: OrgContext, input: CreateLocationInput): Promise<Location> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const row = await this.locations.insert(tx, { ...input, timeZone: input.timeZone ?? defaultLocationZone(input.province) });
      const spaces = await this.locations.insertSpaces(tx, row.id, input.spaces ?? []);
      const location = toLocation(row, spaces);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'location', entityId: location.id, after: location });
      return location;
    });
  }

  update(ctx: OrgContext, id: string, version: number, input: UpdateLocationInput): Promise<Location> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const current = await this.locations.find(tx, id, true);
      if (!current) throw new AppError('not_found');
      const spaces = await this.locations.spaces(tx, id);
      const before = toLocation(current, spaces);
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      // A new province moves the zone along unless the same change names one.
      const patch = input.province && input.timeZone === undefined && input.province !== current.province
        ? { ...input, timeZone: defaultLocationZone(input.province) }
        : input;
      const row = await this.locations.update(tx, id, version, patch);
      if (!row) throw new AppError('precondition_failed', undefined, { current: before });
      const after = toLocation(row, spaces);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'location', entityId: id, before, after });
      return after;
    });
  }

  async remove(ctx: OrgContext, id: string): Promise<void> {
    try {
      await this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
        const before = await this.load(tx, id, true);
        await this.locations.delete(tx, id);
        await recordAudit(tx, ctx, { action: 'delete', entityType: 'location', entityId: id, before });
      });
    } catch (error) {
      if (isStillReferenced(error)) throw new AppError('conflict', 'Events still use this place; remove it from them first');
      throw error;
    }
  }

  createSpace(ctx: OrgContext, locationId: string, input: CreateSpaceInput): Promise<Space> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      if (!(await this.locations.find(tx, locationId, true))) throw new AppError('not_found');
      const space = toSpace(await this.locations.insertSpace(tx, locationId, input));
      await recordAudit(tx, ctx, { action: 'create', entityType: 'location_space', entityId: space.id, after: space });
      return space;
    });
  }

  updateSpace(ctx: OrgContext, locationId: string, spaceId: string, version: number, input: UpdateSpaceInput): Promise<Space> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const current = await this.locations.findSpace(tx, locationId, spaceId, true);
      if (!current) throw new AppError('not_found');
      const before = toSpace(current);
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: before });
      const row = await this.locations.updateSpace(tx, spaceId, version, input);
      if (!row) throw new AppError('precondition_failed', undefined, { current: before });
      const after = toSpace(row);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'location_space', entityId: spaceId, before, after });
      return after;
    });
  }

  async removeSpace(ctx: OrgContext, locationId: string, spaceId: string): Promise<void> {
    try {
      await this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
        const current = await this.locations.findSpace(tx, locationId, spaceId, true);
        if (!current) throw new AppError('not_found');
        await this.locations.deleteSpace(tx, spaceId);
        await recordAudit(tx, ctx, { action: 'delete', entityType: 'location_space', entityId: spaceId, before: toSpace(current) });
      });
    } catch (error) {
      if (isStillReferenced(error)) throw new AppError('conflict', 'Holds still use this space; release and remove them first');
      throw error;
    }
  }

  private async load(tx: TenantTx, id: string, forUpdate = false): Promise<Location> {
    const row = await this.locations.find(tx, id, forUpdate);
    if (!row) throw new AppError('not_found');
    return toLocation(row, await this.locations.spaces(tx, id));
  }
}

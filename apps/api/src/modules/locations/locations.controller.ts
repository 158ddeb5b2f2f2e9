import { Controller } from '@nestjs/common';
import { locationsApi } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { LocationsService } from './locations.service.js';

type In<R extends keyof typeof locationsApi> = RouteInput<(typeof locationsApi)[R]>;
type Out<R extends keyof typeof locationsApi> = Promise<RouteOutput<(typeof locationsApi)[R]>>;

@Controller()
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Endpoint(locationsApi.list)
  list(@Ctx() ctx: OrgContext, @Input() input: In<'list'>): Out<'list'> {
    return this.locations.list(ctx, input.query);
  }

  @Endpoint(locationsApi.cities)
  cities(@Ctx() ctx: OrgContext): Out<'cities'> {
    return this.locations.cities(ctx);
  }

  @Endpoint(locationsApi.create)
  create(@Ctx() ctx: OrgContext, @Input() input: In<'create'>): Out<'create'> {
    return this.locations.create(ctx, input.body);
  }

  @Endpoint(locationsApi.get)
  get(@Ctx() ctx: OrgContext, @Input() input: In<'get'>): Out<'get'> {
    return this.locations.get(ctx, input.params.locationId);
  }

  @Endpoint(locationsApi.update)
  update(@Ctx() ctx: OrgContext, @Input() input: In<'update'>): Out<'update'> {
    return this.locations.update(ctx, input.params.locationId, input.version, input.body);
  }

  @Endpoint(locationsApi.remove)
  remove(@Ctx() ctx: OrgContext, @Input() input: In<'remove'>): Promise<void> {
    return this.locations.remove(ctx, input.params.locationId);
  }

  @Endpoint(locationsApi.createSpace)
  createSpace(@Ctx() ctx: OrgContext, @Input() input: In<'createSpace'>): Out<'createSpace'> {
    return this.locations.createSpace(ctx, input.params.locationId, input.body);
  }

  @Endpoint(locationsApi.updateSpace)
  updateSpace(@Ctx() ctx: OrgContext, @Input() input: In<'updateSpace'>): Out<'updateSpace'> {
    return this.locations.updateSpace(ctx, input.params.locationId, input.params.spaceId, input.version, input.body);
  }

  @Endpoint(locationsApi.removeSpace)
  removeSpace(@Ctx() ctx: OrgContext, @Input() input: In<'removeSpace'>): Promise<void> {
    return this.locations.removeSpace(ctx, input.params.locationId, input.params.spaceId);
  }
}

import { Controller } from '@nestjs/common';
import { locationsApi } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventPlacesService } from './event-places.service.js';

type In<R extends keyof typeof locationsApi> = RouteInput<(typeof locationsApi)[R]>;
type Out<R extends keyof typeof locationsApi> = Promise<RouteOutput<(typeof locationsApi)[R]>>;

@Controller()
export class EventPlacesController {
  constructor(private readonly places: EventPlacesService) {}

  @Endpoint(locationsApi.usage)
  usage(@Ctx() ctx: OrgContext, @Input() input: In<'usage'>): Out<'usage'> {
    return this.places.usage(ctx, input.params.locationId, input.query);
  }

  @Endpoint(locationsApi.listPlaces)
  list(@Ctx() ctx: OrgContext, @Input() input: In<'listPlaces'>): Out<'listPlaces'> {
    return this.places.list(ctx, input.params.eventId, input.query);
  }

  @Endpoint(locationsApi.createPlace)
  create(@Ctx() ctx: OrgContext, @Input() input: In<'createPlace'>): Out<'createPlace'> {
    return this.places.create(ctx, input.params.eventId, input.body);
  }

  @Endpoint(locationsApi.updatePlace)
  update(@Ctx() ctx: OrgContext, @Input() input: In<'updatePlace'>): Out<'updatePlace'> {
    return this.places.update(ctx, input.params.eventId, input.params.placeId, input.version, input.body);
  }

  @Endpoint(locationsApi.removePlace)
  remove(@Ctx() ctx: OrgContext, @Input() input: In<'removePlace'>): Promise<void> {
    return this.places.remove(ctx, input.params.eventId, input.params.placeId);
  }
}

import { Controller } from '@nestjs/common';
import { api } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventOverviewService } from './event-overview.service.js';
import { EventsService } from './events.service.js';

@Controller()
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly overviews: EventOverviewService,
  ) {}

  @Endpoint(api.events.list)
  list(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.events.list>): Promise<RouteOutput<typeof api.events.list>> {
    return this.events.list(ctx, input.query);
  }

  @Endpoint(api.events.create)
  create(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.events.create>): Promise<RouteOutput<typeof api.events.create>> {
    return this.events.create(ctx, input.body);
  }

  @Endpoint(api.events.get)
  get(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.events.get>): Promise<RouteOutput<typeof api.events.get>> {
    return this.events.get(ctx, input.params.eventId);
  }

  @Endpoint(api.events.overview)
  overview(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.events.overview>): Promise<RouteOutput<typeof api.events.overview>> {
    return this.overviews.get(ctx, input.params.eventId);
  }

  @Endpoint(api.events.update)
  update(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof api.events.update>,
  ): Promise<RouteOutput<typeof api.events.update>> {
    return this.events.update(ctx, input.params.eventId, input.version, input.body);
  }

  @Endpoint(api.events.remove)
  remove(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.events.remove>): Promise<void> {
    return this.events.remove(ctx, input.params.eventId);
  }
}

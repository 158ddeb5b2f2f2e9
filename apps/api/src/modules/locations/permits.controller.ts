import { Controller } from '@nestjs/common';
import { locationsApi } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { PermitsService } from './permits.service.js';

type In<R extends keyof typeof locationsApi> = RouteInput<(typeof locationsApi)[R]>;
type Out<R extends keyof typeof locationsApi> = Promise<RouteOutput<(typeof locationsApi)[R]>>;

@Controller()
export class PermitsController {
  constructor(private readonly permits: PermitsService) {}

  @Endpoint(locationsApi.listPermitTypes)
  listTypes(@Ctx() ctx: OrgContext): Out<'listPermitTypes'> {
    return this.permits.listTypes(ctx);
  }

  @Endpoint(locationsApi.addLeadTime)
  addLeadTime(@Ctx() ctx: OrgContext, @Input() input: In<'addLeadTime'>): Out<'addLeadTime'> {
    return this.permits.addLeadTime(ctx, input.params.typeId, input.body);
  }

  @Endpoint(locationsApi.listPermits)
  list(@Ctx() ctx: OrgContext, @Input() input: In<'listPermits'>): Out<'listPermits'> {
    return this.permits.list(ctx, input.query);
  }

  @Endpoint(locationsApi.createPermit)
  create(@Ctx() ctx: OrgContext, @Input() input: In<'createPermit'>): Out<'createPermit'> {
    return this.permits.create(ctx, input.params.eventId, input.body);
  }

  @Endpoint(locationsApi.updatePermit)
  update(@Ctx() ctx: OrgContext, @Input() input: In<'updatePermit'>): Out<'updatePermit'> {
    return this.permits.update(ctx, input.params.eventId, input.params.permitId, input.version, input.body);
  }

  @Endpoint(locationsApi.removePermit)
  remove(@Ctx() ctx: OrgContext, @Input() input: In<'removePermit'>): Promise<void> {
    return this.permits.remove(ctx, input.params.eventId, input.params.permitId);
  }
}

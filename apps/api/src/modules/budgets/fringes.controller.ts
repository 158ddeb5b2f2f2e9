import { Controller } from '@nestjs/common';
import { budgetApi as b } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { FringesService } from './fringes.service.js';

@Controller()
export class FringesController {
  constructor(private readonly fringes: FringesService) {}

  @Endpoint(b.listFringes)
  list(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.listFringes>): Promise<RouteOutput<typeof b.listFringes>> {
    return this.fringes.list(ctx, input.query);
  }

  @Endpoint(b.createFringe)
  create(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.createFringe>): Promise<RouteOutput<typeof b.createFringe>> {
    return this.fringes.create(ctx, input.body);
  }

  @Endpoint(b.updateFringe)
  update(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.updateFringe>): Promise<RouteOutput<typeof b.updateFringe>> {
    return this.fringes.update(ctx, input.params.fringeId, input.version, input.body);
  }

  @Endpoint(b.deleteFringe)
  remove(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.deleteFringe>): Promise<void> {
    return this.fringes.remove(ctx, input.params.fringeId);
  }
}

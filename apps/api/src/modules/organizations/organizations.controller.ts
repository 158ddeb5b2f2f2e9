import { Controller } from '@nestjs/common';
import { api } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { AuthedContext, OrgContext } from '../../common/request-context.js';
import { OrganizationsService } from './organizations.service.js';

@Controller()
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Endpoint(api.orgs.create)
  create(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof api.orgs.create>): Promise<RouteOutput<typeof api.orgs.create>> {
    return this.organizations.create(ctx, input.body.name);
  }

  @Endpoint(api.orgs.get)
  get(@Ctx() ctx: OrgContext): Promise<RouteOutput<typeof api.orgs.get>> {
    return this.organizations.get(ctx);
  }

  @Endpoint(api.orgs.update)
  update(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof api.orgs.update>,
  ): Promise<RouteOutput<typeof api.orgs.update>> {
    return this.organizations.update(ctx, input.body, input.version);
  }
}

import { Controller } from '@nestjs/common';
import { api } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { MembersService } from './members.service.js';

@Controller()
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Endpoint(api.orgs.listMembers)
  list(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.orgs.listMembers>): Promise<RouteOutput<typeof api.orgs.listMembers>> {
    return this.members.list(ctx, input.query);
  }

  @Endpoint(api.orgs.updateMember)
  update(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof api.orgs.updateMember>,
  ): Promise<RouteOutput<typeof api.orgs.updateMember>> {
    return this.members.changeRole(ctx, input.params.memberId, input.version, input.body.role);
  }

  @Endpoint(api.orgs.removeMember)
  remove(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.orgs.removeMember>): Promise<void> {
    return this.members.remove(ctx, input.params.memberId);
  }

  @Endpoint(api.orgs.leave)
  leave(@Ctx() ctx: OrgContext): Promise<void> {
    return this.members.leave(ctx);
  }
}

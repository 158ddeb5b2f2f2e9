import { Controller, Req, Res } from '@nestjs/common';
import { api } from '@rundown/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { AuthedContext, OrgContext, RequestContext } from '../../common/request-context.js';
import { InvitationsService } from './invitations.service.js';

@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Endpoint(api.orgs.listInvitations)
  list(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof api.orgs.listInvitations>,
  ): Promise<RouteOutput<typeof api.orgs.listInvitations>> {
    return this.invitations.list(ctx, input.query);
  }

  @Endpoint(api.orgs.createInvitation)
  create(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof api.orgs.createInvitation>,
    @Req() request: FastifyRequest,
  ): Promise<RouteOutput<typeof api.orgs.createInvitation>> {
    return this.invitations.create(ctx, input.body, `${request.protocol}://${request.host}`);
  }

  @Endpoint(api.orgs.revokeInvitation)
  revoke(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof api.orgs.revokeInvitation>): Promise<void> {
    return this.invitations.revoke(ctx, input.params.invitationId);
  }

  @Endpoint(api.invitations.preview)
  preview(@Input() input: RouteInput<typeof api.invitations.preview>): Promise<RouteOutput<typeof api.invitations.preview>> {
    return this.invitations.preview(input.params.token);
  }

  @Endpoint(api.invitations.accept)
  accept(
    @Ctx() ctx: AuthedContext,
    @Input() input: RouteInput<typeof api.invitations.accept>,
  ): Promise<RouteOutput<typeof api.invitations.accept>> {
    return this.invitations.accept(ctx, input.params.token);
  }

  @Endpoint(api.invitations.register)
  register(
    @Ctx() ctx: RequestContext,
    @Input() input: RouteInput<typeof api.invitations.register>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RouteOutput<typeof api.invitations.register>> {
    return this.invitations.register(ctx, input.params.token, input.body, reply);
  }
}

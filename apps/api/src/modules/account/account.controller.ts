import { Controller, Req, Res } from '@nestjs/common';
import { accountApi } from '@rundown/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import { originOf } from '../../common/origin.js';
import type { AuthedContext, RequestContext } from '../../common/request-context.js';
import { SessionsService } from '../auth/sessions.service.js';
import { AccountService } from './account.service.js';

@Controller()
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly sessions: SessionsService,
  ) {}

  @Endpoint(accountApi.password.change)
  changePassword(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof accountApi.password.change>): Promise<void> {
    return this.account.changePassword(ctx, input.body);
  }

  @Endpoint(accountApi.password.forgot)
  forgotPassword(
    @Ctx() ctx: RequestContext,
    @Input() input: RouteInput<typeof accountApi.password.forgot>,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.account.forgotPassword(input.body, ctx, originOf(request));
  }

  @Endpoint(accountApi.password.reset)
  resetPassword(@Input() input: RouteInput<typeof accountApi.password.reset>): Promise<void> {
    return this.account.resetPassword(input.body);
  }

  @Endpoint(accountApi.sessions.list)
  listSessions(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof accountApi.sessions.list>): Promise<RouteOutput<typeof accountApi.sessions.list>> {
    return this.account.sessions(ctx, input.query);
  }

  /** Signing out this very session also clears its cookie. */
  @Endpoint(accountApi.sessions.revoke)
  async revokeSession(
    @Ctx() ctx: AuthedContext,
    @Input() input: RouteInput<typeof accountApi.sessions.revoke>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.account.revokeSession(ctx, input.params.id);
    if (input.params.id === ctx.actor.sessionId) this.sessions.clearCookie(reply);
  }
}

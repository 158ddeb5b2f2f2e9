import { Controller, Req, Res } from '@nestjs/common';
import { accountApi } from '@rundown/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import { originOf } from '../../common/origin.js';
import type { AuthedContext, OrgContext, RequestContext } from '../../common/request-context.js';
import { SessionsService } from '../auth/sessions.service.js';
import { AccountService } from './account.service.js';
import { CHALLENGE_COOKIE, TwoFactorService } from './two-factor.service.js';
import { AuthService } from '../auth/auth.service.js';

@Controller()
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly sessions: SessionsService,
    private readonly twoFactor: TwoFactorService,
    private readonly auth: AuthService,
  ) {}

  @Endpoint(accountApi.twoFactor.status)
  twoFactorStatus(@Ctx() ctx: AuthedContext): Promise<RouteOutput<typeof accountApi.twoFactor.status>> {
    return this.twoFactor.status(ctx);
  }

  @Endpoint(accountApi.twoFactor.setup)
  setupTwoFactor(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof accountApi.twoFactor.setup>): Promise<RouteOutput<typeof accountApi.twoFactor.setup>> {
    return this.twoFactor.setup(ctx, input.body.password);
  }

  @Endpoint(accountApi.twoFactor.enable)
  enableTwoFactor(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof accountApi.twoFactor.enable>): Promise<RouteOutput<typeof accountApi.twoFactor.enable>> {
    return this.twoFactor.enable(ctx, input.body.code);
  }

  @Endpoint(accountApi.twoFactor.disable)
  disableTwoFactor(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof accountApi.twoFactor.disable>): Promise<void> {
    return this.twoFactor.disable(ctx, input.body.password);
  }

  @Endpoint(accountApi.twoFactor.login)
  async loginTwoFactor(
    @Ctx() ctx: RequestContext,
    @Input() input: RouteInput<typeof accountApi.twoFactor.login>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RouteOutput<typeof accountApi.twoFactor.login>> {
    const userId = await this.twoFactor.completeChallenge(request.cookies?.[CHALLENGE_COOKIE], input.body.code, ctx, reply);
    return this.auth.me(userId);
  }

  @Endpoint(accountApi.orgSecurity.get)
  orgSecurity(@Ctx() ctx: OrgContext): Promise<RouteOutput<typeof accountApi.orgSecurity.get>> {
    return this.twoFactor.orgSecurity(ctx);
  }

  @Endpoint(accountApi.orgSecurity.update)
  updateOrgSecurity(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof accountApi.orgSecurity.update>): Promise<RouteOutput<typeof accountApi.orgSecurity.update>> {
    return this.twoFactor.updateOrgSecurity(ctx, input.body);
  }

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

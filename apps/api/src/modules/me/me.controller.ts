import { Controller } from '@nestjs/common';
import { api } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { AuthedContext } from '../../common/request-context.js';
import { AuthService } from '../auth/auth.service.js';
import { MeService } from './me.service.js';

@Controller()
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly auth: AuthService,
  ) {}

  @Endpoint(api.me.get)
  get(@Ctx() ctx: AuthedContext): Promise<RouteOutput<typeof api.me.get>> {
    return this.auth.me(ctx.actor.userId);
  }

  @Endpoint(api.me.update)
  update(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof api.me.update>): Promise<RouteOutput<typeof api.me.update>> {
    return this.me.update(ctx, input.body);
  }

  @Endpoint(api.me.signOutOtherSessions)
  async signOutOthers(@Ctx() ctx: AuthedContext): Promise<RouteOutput<typeof api.me.signOutOtherSessions>> {
    return { revoked: await this.me.signOutOtherSessions(ctx) };
  }

  @Endpoint(api.me.listTokens)
  async listTokens(@Ctx() ctx: AuthedContext): Promise<RouteOutput<typeof api.me.listTokens>> {
    return { items: await this.me.listTokens(ctx) };
  }

  @Endpoint(api.me.createToken)
  createToken(
    @Ctx() ctx: AuthedContext,
    @Input() input: RouteInput<typeof api.me.createToken>,
  ): Promise<RouteOutput<typeof api.me.createToken>> {
    return this.me.createToken(ctx, input.body);
  }

  @Endpoint(api.me.revokeToken)
  revokeToken(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof api.me.revokeToken>): Promise<void> {
    return this.me.revokeToken(ctx, input.params.id);
  }
}

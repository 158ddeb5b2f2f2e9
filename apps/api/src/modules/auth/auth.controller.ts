import { Controller, Res } from '@nestjs/common';
import { api } from '@rundown/domain';
import type { FastifyReply } from 'fastify';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { AuthedContext, RequestContext } from '../../common/request-context.js';
import { AuthService } from './auth.service.js';

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Endpoint(api.auth.signup)
  signup(
    @Input() input: RouteInput<typeof api.auth.signup>,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RouteOutput<typeof api.auth.signup>> {
    return this.auth.signup(input.body, ctx, reply);
  }

  @Endpoint(api.auth.login)
  login(
    @Input() input: RouteInput<typeof api.auth.login>,
    @Ctx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RouteOutput<typeof api.auth.login>> {
    return this.auth.login(input.body, ctx, reply);
  }

  @Endpoint(api.auth.logout)
  logout(@Ctx() ctx: AuthedContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.auth.logout(ctx, reply);
  }

  @Endpoint(api.auth.csrf)
  async csrf(@Ctx() ctx: AuthedContext): Promise<RouteOutput<typeof api.auth.csrf>> {
    return { token: await this.auth.csrfToken(ctx) };
  }
}

import { applyDecorators, createParamDecorator, HttpCode, RequestMapping, RequestMethod, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { RouteDef } from '@rundown/domain';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from './app-error.js';
import type { KeptResponse } from './kept-response.js';
import type { RequestContext } from './request-context.js';

export const ROUTE_DEF = Symbol('ROUTE_DEF');

/**
 * Binds a controller method to a route of the shared contract: method, path, who may call
 * it, and the zod schemas for its input and output. A handler without it is denied.
 */
export function Endpoint(def: RouteDef): MethodDecorator {
  return applyDecorators(
    RequestMapping({ path: def.path, method: RequestMethod[def.method] }),
    HttpCode(def.successStatus ?? 200),
    SetMetadata(ROUTE_DEF, def),
  );
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * The parsed params, query and body of a route, typed from its contract entry, and the headers
 * the contract declares for it: `version` from If-Match on a versioned write (null for
 * `If-None-Match: *` on a createIfAbsent PUT), `idempotencyKey` on an idempotent route.
 * Handlers never read these headers themselves.
 */
export type RouteInput<R extends RouteDef> = {
  params: Out<R['params']>;
  query: Out<R['query']>;
  body: Out<R['body']>;
} & (R extends { versioned: true | 'item'; method: 'PATCH' | 'PUT' | 'DELETE' }
  ? { version: R extends { createIfAbsent: true } ? number | null : number }
  : unknown) &
  (R extends { idempotent: true } ? { idempotencyKey: string | undefined } : unknown);

/** What a handler returns: the input shape of the route's response schema. */
export type RouteOutput<R extends RouteDef> = R['response'] extends z.ZodType ? z.input<R['response']> : void;
/** A route's answer kept until it changes (see `KeptResponse`): serialized once, sent many times. */
export type KeptOutput<R extends RouteDef> = KeptResponse<RouteOutput<R>>;

export const Input = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<FastifyRequest>().input;
});

export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const ctx = context.switchToHttp().getRequest<FastifyRequest>().ctx;
  if (!ctx) throw new AppError('internal', 'Request context missing');
  return ctx;
});

import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, requiresIfMatch, toFieldErrors, unsafeTextReason, type FieldError, type RouteDef } from '@rundown/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** What a route that `produces` a file returns: sent as an attachment with its content type. */
export type FileResult = { filename: string; body: string | Buffer; contentType?: string };
import { AppError } from './app-error.js';
import { KeptResponse } from './kept-response.js';
import { serializerFor } from './response-serializer.js';
import { ROUTE_DEF } from './endpoint.decorator.js';
import { PUBLIC_RAW } from './public.decorator.js';

function parse(schema: z.ZodType | undefined, value: unknown, where: string) {
  if (!schema) return { ok: true as const, data: undefined, errors: [] };
  const result = schema.safeParse(value ?? (where === '/body' ? undefined : {}));
  return result.success
    ? { ok: true as const, data: result.data, errors: [] }
    : { ok: false as const, data: undefined, errors: toFieldErrors(result.error.issues, where) };
}

const IDEMPOTENCY_KEY = /^[\w.:-]{8,200}$/;

/**
 * The headers the route's contract entry declares, read here and nowhere else: If-Match on a
 * versioned write (428 when absent, 412 when it is not a version this API sent), and
 * Idempotency-Key on an idempotent route. Undeclared headers are ignored.
 */
function declaredHeaders(def: RouteDef, request: FastifyRequest): { version?: number | null; idempotencyKey?: string } {
  const out: { version?: number | null; idempotencyKey?: string } = {};
  if (requiresIfMatch(def)) {
    const ifMatch = request.headers['if-match'];
    if (!ifMatch && def.createIfAbsent && request.headers['if-none-match']?.trim() === '*') out.version = null;
    else {
      if (!ifMatch) throw new AppError('precondition_required');
      const match = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch.trim());
      if (!match) throw new AppError('precondition_failed', 'If-Match must be an ETag this API sent');
      out.version = Number(match[1]);
    }
  }
  if (def.idempotent) {
    const key = request.headers['idempotency-key'];
    if (Array.isArray(key) || (key !== undefined && !IDEMPOTENCY_KEY.test(key))) {
      throw new AppError('validation_failed', undefined, {
        errors: [{ pointer: '/headers/idempotency-key', code: 'invalid_key', message: '8–200 letters, digits, ".", ":", "_" or "-"' }],
      });
    }
    if (key !== undefined) out.idempotencyKey = key;
  }
  return out;
}

/**
 * Every string in a request's input — values and keys, at any depth, whether a schema reads
 * it or not — must be text PostgreSQL can store (no NUL, no lone surrogate). The schemas'
 * string primitives check the same; this catches what no schema names (extra keys, free-form
 * JSON) at the one place every route passes.
 */
function unsafeText(input: unknown, root: string, out: FieldError[]): void {
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const stack: [unknown, string][] = [[input, root]];
  while (stack.length > 0 && out.length < 20) {
    const [value, pointer] = stack.pop()!;
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) out.push({ pointer, code: 'unsafe_text', message: reason });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push([value[i], `${pointer}/${i}`]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value).reverse()) {
        const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const reason = unsafeTextReason(key);
        if (reason) out.push({ pointer: at, code: 'unsafe_text', message: `Key: ${reason}` });
        stack.push([item, at]);
      }
    }
  }
}

/**
 * Parses every input through the route's zod schemas (400 with JSON-pointer field errors)
 * and every output through its response schema, so no unlisted field ever leaves.
 */
@Injectable()
export class ContractInterceptor implements NestInterceptor {
  /** Outside production every response is fully validated; production strips to the schema. */
  private readonly fullParse: boolean;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.fullParse = config.NODE_ENV !== 'production';
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.reflector.get<boolean | undefined>(PUBLIC_RAW, context.getHandler())) return next.handle();
    const def = this.reflector.get<RouteDef | undefined>(ROUTE_DEF, context.getHandler());
    if (!def) throw new AppError('internal', 'Route is not bound to the contract');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();

    if (!def.body && request.body !== undefined && request.body !== null && def.method !== 'GET') {
      const empty = typeof request.body === 'object' && Object.keys(request.body as object).length === 0;
      if (!empty) throw new AppError('validation_failed', 'This route takes no body');
    }
    const unsafe: FieldError[] = [];
    unsafeText(request.params, '/params', unsafe);
    unsafeText(request.query, '/query', unsafe);
    unsafeText(request.body, '/body', unsafe);
    if (unsafe.length > 0) throw new AppError('validation_failed', undefined, { errors: unsafe });
    const params = parse(def.params, request.params, '/params');
    const query = parse(def.query, request.query, '/query');
    const body = parse(def.body, request.body, '/body');
    const errors = [...params.errors, ...query.errors, ...body.errors];
    if (errors.length > 0) {
      // A malformed id in the path is simply a resource that does not exist.
      if (params.errors.length > 0 && query.errors.length === 0 && body.errors.length === 0) throw new AppError('not_found');
      throw new AppError('validation_failed', undefined, { errors });
    }
    request.input = { params: params.data, query: query.data, body: body.data, ...declaredHeaders(def, request) };
    const role = request.ctx?.org?.role;
    const restricted = def.restrictedResponse;
    const responseSchema = restricted && !(role && can(role, restricted.unless)) ? restricted.schema : def.response;

    return next.handle().pipe(
      map((result: unknown) => {
        if (def.produces === 'text/event-stream') return undefined;
        if (def.produces) {
          const file = result as FileResult;
          reply.type(file.contentType ?? def.produces).header('content-disposition', `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`);
          return file.body;
        }
        if (!responseSchema) return undefined;
        if (result instanceof KeptResponse) {
          reply.type('application/json; charset=utf-8');
          return result.jsonFor(responseSchema, (value) => (this.fullParse ? responseSchema.parse(value) : serializerFor(responseSchema)(value)));
        }
        const output = this.fullParse ? responseSchema.parse(result) : serializerFor(responseSchema)(result);
        const version = (output as { version?: unknown }).version;
        if (def.versioned === true && typeof version === 'number') reply.header('etag', `"${version}"`);
        return output;
      }),
    );
  }
}

import type { z } from 'zod';
import type { Permission } from '../access/permissions.js';

/**
 * Who may call a route. `public`: anyone; `user`: any signed-in user; `org`: a member of
 * the `:orgId` in the path whose role holds `permission`. There is no fourth option, so a
 * route cannot be declared without saying who may call it.
 */
export type RouteAccess = { kind: 'public' } | { kind: 'user' } | { kind: 'org'; permission: Permission };

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type RouteDef = {
  method: HttpMethod;
  /** Fastify-style path, e.g. `/api/orgs/:orgId/events/:eventId`. */
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** null: the route answers 204 with no body. */
  response: z.ZodType | null;
  successStatus?: 200 | 201 | 204;
  /** A file download instead of JSON: the handler returns `{ filename, body, contentType? }`. */
  produces?: 'text/csv' | 'application/pdf' | 'text/calendar' | 'application/octet-stream' | 'text/event-stream';
  /** The body may be larger than the default JSON limit (bulk imports), in bytes. */
  bodyLimit?: number;
  /**
   * The resource carries a version; this is the only place a route's concurrency headers are
   * declared (the API enforces exactly this, the OpenAPI document and the web client read it).
   * `true`: responses send `ETag: "<version>"` (the response's `version`); PATCH, PUT and DELETE
   * require `If-Match` — 428 without it, 412 when it is not the current version.
   * `'item'`: the write edits an item inside the response (a cue of a rundown): If-Match carries
   * the item's version, and no ETag is sent (the response's version is its container's).
   */
  versioned?: boolean | 'item';
  /** With `versioned` on a PUT: `If-None-Match: *` creates the resource when it does not exist yet (412 if it does). */
  createIfAbsent?: boolean;
  /** Accepts `Idempotency-Key`: a retry with the same key and request gets the first answer. */
  idempotent?: boolean;
  /**
   * A narrower response for callers whose role lacks `unless` (a shared resource read by roles
   * that must not see all of it): the response is serialized through `schema` instead.
   */
  restrictedResponse?: { unless: Permission; schema: z.ZodType };
};

/** Methods whose versioned routes require If-Match. */
export const CONDITIONAL_METHODS: ReadonlySet<HttpMethod> = new Set(['PATCH', 'PUT', 'DELETE']);

/** The route takes If-Match (and answers 428/412): a versioned write. */
export function requiresIfMatch(def: RouteDef): boolean {
  return Boolean(def.versioned) && CONDITIONAL_METHODS.has(def.method);
}

export function route<const T extends RouteDef>(def: T): T {
  return def;
}

/** Fills `:name` segments of a route path. */
export function pathFor(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

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
  /** The resource carries a version: responses send an ETag, updates require If-Match. */
  versioned?: boolean;
};

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

import type { Role } from '@rundown/domain';

export type Actor = {
  userId: string;
  via: 'session' | 'token';
  sessionId: string | null;
};

/** What the guard learned about a request; services receive it instead of the raw request. */
export type RequestContext = {
  requestId: string;
  ip: string;
  userAgent: string | null;
  actor: Actor | null;
  org: { id: string; role: Role } | null;
};

export type AuthedContext = RequestContext & { actor: Actor };
export type OrgContext = AuthedContext & { org: { id: string; role: Role } };

declare module 'fastify' {
  interface FastifyRequest {
    ctx?: RequestContext;
    input?: { params: unknown; query: unknown; body: unknown; version?: number | null; idempotencyKey?: string };
  }
}

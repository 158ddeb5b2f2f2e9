import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemBody, toAppError } from './problem.js';

/**
 * Every error leaves as RFC 9457 problem+json with a stable code and the request id.
 * A GET for an unknown non-API path is a dashboard route: it gets the SPA's index.html.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly serveSpa: boolean) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const error = toAppError(exception);
    if (this.serveSpa && error.code === 'not_found' && request.method === 'GET' && !request.url.startsWith('/api')) {
      void reply.type('text/html; charset=utf-8').sendFile('index.html');
      return;
    }
    void sendProblem(request, reply, exception);
  }
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, exception: unknown): FastifyReply {
  const error = toAppError(exception);
  if (error.status >= 500) request.log.error({ err: exception }, 'request failed');
  for (const [name, value] of Object.entries(error.extra.headers ?? {})) reply.header(name, value);
  return reply
    .status(error.status)
    .type('application/problem+json')
    .send(problemBody(error, String(request.id)));
}

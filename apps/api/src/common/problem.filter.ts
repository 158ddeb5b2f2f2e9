import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '@rundown/domain';
import { AppError, ERROR_STATUS } from './app-error.js';
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
  // A body over the limit is not read to its end: close the connection rather than drain it.
  if (error.code === 'payload_too_large') reply.header('connection', 'close');
  return reply
    .status(error.status)
    .header('x-request-id', String(request.id))
    .type('application/problem+json')
    .send(problemBody(error, String(request.id)));
}

/**
 * Answers what Node's HTTP parser refuses before Fastify sees a request (headers over the
 * size limit → 431, a malformed request line or an unknown method → 400, a request that
 * arrives too slowly → 408) with problem+json, then closes the connection.
 */
export function writeClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW' ? 'headers_too_large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request_timeout' : 'bad_request';
  const requestId = randomUUID();
  const body = JSON.stringify(problemBody(new AppError(code), requestId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${ERROR_STATUS[code]} ${STATUS_CODES[ERROR_STATUS[code]]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import type { FastifyReply, FastifyRequest, RawServerDefault } from 'fastify';
import { allRoutes } from '@rundown/domain';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { AppError } from './common/app-error.js';
import { ProblemFilter, sendProblem, writeClientError } from './common/problem.filter.js';
import { problemBody, toAppError } from './common/problem.js';
import { securityHeaders } from './common/security-headers.js';
import type { AppConfig, TrustProxy } from './config/config.js';

const BODY_LIMIT = 1024 * 1024;
const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Builds the whole HTTP application; `main.ts` listens on it, tests inject into it. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // The default; a route the contract gives more gets its own limit (onRoute below).
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    // Errors Fastify answers before routing (a URL it cannot decode, a path segment over
    // maxParamLength → 414) and those Node's parser answers on the socket (headers too large
    // → 431, a malformed request line → 400) are problem+json like every other error.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendProblem(request, reply, error),
    clientErrorHandler: writeClientError,
    genReqId: (req: IncomingMessage) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    logger: {
      level: config.LOG_LEVEL,
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password', '*.token'],
        censor: '[redacted]',
      },
    },
  });
  const fastify = adapter.getInstance();
  // Each route reads at most its own limit (RouteDef.bodyLimit, else 1 MiB): Fastify counts the
  // bytes as they stream in, chunked or not, and stops at the limit with a 413 before any
  // parsing. Set per route as Nest registers it, so a login is never read past 1 MiB.
  const bodyLimits = new Map<string, number>(allRoutes().map((r) => [`${r.method} ${r.path}`, r.bodyLimit ?? BODY_LIMIT] as const));
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const limits = methods.map((m) => bodyLimits.get(`${m} ${route.url}`) ?? BODY_LIMIT);
    route.bodyLimit = Math.max(...limits);
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), adapter, {
    logger: config.LOG_LEVEL === 'silent' ? false : ['error', 'warn'],
    bufferLogs: false,
  });
  // JSON bodies are read as bytes and must be valid UTF-8 (a lone 0xFF is a 400, not a U+FFFD
  // stored in its place); Fastify's own parser then guards against prototype poisoning.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new AppError('validation_failed', 'The body is not valid UTF-8'), undefined);
      return;
    }
    void parseJson(request, text, done);
  });

  // JSON is the only body we read: a form or text/plain body is a 415, which also blocks
  // the simple cross-site POSTs that CSRF attacks rely on.
  const headers = securityHeaders(config.NODE_ENV === 'production');
  fastify.addHook('onRequest', async (request, reply) => {
    reply.headers(headers).header('x-request-id', String(request.id));
    const length = Number(request.headers['content-length'] ?? 0);
    const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
    const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (hasBody && type !== 'application/json') return sendProblem(request, reply, new AppError('unsupported_media_type'));
    // Declared too large: answered before a byte of the body is read.
    if (length > (request.routeOptions.bodyLimit ?? BODY_LIMIT)) return sendProblem(request, reply, new AppError('payload_too_large'));
    return undefined;
  });

  // The last word on any error response a plugin wrote itself (the CORS plugin's text/plain
  // "Invalid Preflight Request", say): it leaves as problem+json with a code and the request id.
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 || String(reply.getHeader('content-type') ?? '').startsWith('application/problem+json')) return payload;
    const error = toAppError({ statusCode: reply.statusCode });
    reply.type('application/problem+json').header('x-request-id', String(request.id)).removeHeader('content-length');
    return JSON.stringify(problemBody(error, String(request.id)));
  });

  await app.register(fastifyCookie);
  await app.register(fastifyCors, { origin: config.CORS_ORIGINS, credentials: true });

  const require = createRequire(import.meta.url);
  const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
  await app.register(fastifyStatic, { root: swaggerDir, prefix: '/api/docs/assets/', decorateReply: false, wildcard: false });

  const webDist = resolve(config.WEB_DIST_DIR ?? resolve(import.meta.dirname, '../../web/dist'));
  const serveSpa = existsSync(resolve(webDist, 'index.html'));
  if (serveSpa) {
    // Build assets carry a content hash in their names: cached for good. The rest (index.html,
    // boot.js) is revalidated on every visit, so a deploy is picked up at once.
    // The web build writes `.br` and `.gz` copies beside its text files; `preCompressed` sends
    // the one Accept-Encoding prefers (br, then gzip; an encoding given q=0 is never chosen)
    // with Content-Encoding, its own Content-Length and `Vary: accept-encoding`, and the file
    // as it is when the client takes neither or no copy exists. Range requests apply to the
    // representation sent.
    const assets = resolve(webDist, 'assets') + sep;
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      setHeaders: (reply, path) => reply.header('cache-control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }

  app.useGlobalFilters(new ProblemFilter(serveSpa));
  app.enableShutdownHooks();
  await app.init();
  return app;
}

/**
 * Fastify's reading of TRUST_PROXY. A hop count trusts that many peers nearest to us (Fastify's own
 * numeric option trusts none since 5.x, so it is spelled out); an address list trusts only those
 * peers. `request.ip` is then the first address, from the right of X-Forwarded-For, that is not
 * trusted: whatever a client writes further left is ignored.
 */
export function trustProxyOption(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if ('hops' in trust) {
    const hops = trust.hops;
    return hops === 0 ? false : (_address, hop) => hop < hops;
  }
  return trust.addresses;
}

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
import { allRoutes } from '@rundown/domain';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { AppError } from './common/app-error.js';
import { ProblemFilter, sendProblem } from './common/problem.filter.js';
import { securityHeaders } from './common/security-headers.js';
import type { AppConfig, TrustProxy } from './config/config.js';

const BODY_LIMIT = 1024 * 1024;
const MAX_BODY_LIMIT = Math.max(BODY_LIMIT, ...allRoutes().map((r) => r.bodyLimit ?? 0));
const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Builds the whole HTTP application; `main.ts` listens on it, tests inject into it. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: MAX_BODY_LIMIT,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
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
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), adapter, {
    logger: config.LOG_LEVEL === 'silent' ? false : ['error', 'warn'],
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();

  // JSON is the only body we read: a form or text/plain body is a 415, which also blocks
  // the simple cross-site POSTs that CSRF attacks rely on. Bodies are limited to 1 MiB unless
  // the contract gives the route more (bulk imports); the parser's own cap is the largest.
  const headers = securityHeaders(config.NODE_ENV === 'production');
  const bodyLimits = new Map<string, number>(allRoutes().flatMap((r) => (r.bodyLimit ? [[`${r.method} ${r.path}`, r.bodyLimit] as const] : [])));
  fastify.addHook('onRequest', async (request, reply) => {
    reply.headers(headers).header('x-request-id', String(request.id));
    const length = Number(request.headers['content-length'] ?? 0);
    const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
    const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (hasBody && type !== 'application/json') return sendProblem(request, reply, new AppError('unsupported_media_type'));
    const limit = bodyLimits.get(`${request.method} ${request.routeOptions.url}`) ?? BODY_LIMIT;
    if (length > limit) return sendProblem(request, reply, new AppError('payload_too_large'));
    return undefined;
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
    const assets = resolve(webDist, 'assets') + sep;
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
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

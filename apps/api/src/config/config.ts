import { isIP } from 'node:net';
import { z } from 'zod';

const boolish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** proxy-addr's names for address ranges, accepted in a TRUST_PROXY list. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which peers may tell us the client's address in `X-Forwarded-For`: nobody (`false`, the
 * default), the last N hops (`1` = one load balancer in front; the API must then be reachable
 * only through it), or the proxies' own addresses (`10.0.0.5,10.0.1.0/24`, `loopback`) — the
 * safer choice. Never "anyone": `true` would let every client choose its own address.
 */
export const trustProxySchema = z
  .string()
  .transform((raw, ctx): TrustProxy => {
    const value = raw.trim().toLowerCase();
    if (value === 'false' || value === '0') return false;
    if (value === 'true') {
      ctx.addIssue({
        code: 'custom',
        message: 'true would trust any X-Forwarded-For; give the number of proxies in front (e.g. 1) or their addresses (e.g. 10.0.0.5,10.0.1.0/24)',
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops > 10) ctx.addIssue({ code: 'custom', message: 'at most 10 proxy hops' });
      return { hops };
    }
    const addresses = value.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = addresses.filter((a) => !isProxyAddress(a));
    if (addresses.length === 0 || bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `not a proxy hop count or address list: ${bad.join(', ') || raw}` });
      return z.NEVER;
    }
    return { addresses };
  });
export type TrustProxy = false | { hops: number } | { addresses: string[] };

/** Every setting the API reads, parsed once at boot. A bad value stops boot naming the variable. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where to listen. Unset: 127.0.0.1 on the embedded database (a demo stays on this machine), 0.0.0.0 with DATABASE_URL. */
  HOST: z.string().optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset. */
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** How long a request waits for a pooled connection before it is answered 503 `overloaded`. */
  DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(10).max(30_000).default(2000),
  /** Requests waiting for a connection at most; past it a request is answered 503 at once. */
  DATABASE_POOL_QUEUE: z.coerce.number().int().min(0).max(10_000).default(100),
  /** A request's statement is cancelled after this long (and answered 503 `overloaded`). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** The same for the bulk class (imports, exports, documents, baselines; see `Tx.bulk`). */
  DATABASE_BULK_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** Seed the demo organization on boot. Defaults to on for the embedded database only; with DATABASE_URL only when true. */
  SEED_DEMO: boolish.optional(),
  PUBLIC_URL: z.url().optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.url())),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).default(60 * 24 * 7),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(24 * 30),
  TRUST_PROXY: trustProxySchema.default(false),
  /** smtp(s)://user:pass@host:port — unset: outgoing emails are written to the log instead. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  EMAIL_FROM: z.string().default('Rundown <no-reply@rundown.local>'),
  /** Serve the built dashboard from this folder; empty disables it. */
  WEB_DIST_DIR: z.string().optional(),
});
export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  // An empty variable (`DATABASE_URL=`) means unset, as in most shells' intent.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * The address to listen on: HOST when set; otherwise loopback for the embedded database, whose
 * demo login the console prints (nobody else on the network may sign in with it), and every
 * interface for a deployment (DATABASE_URL set), as before.
 */
export function listenHost(config: Pick<AppConfig, 'HOST' | 'DATABASE_URL'>): string {
  return config.HOST ?? (config.DATABASE_URL ? '0.0.0.0' : '127.0.0.1');
}

/** Whether to seed the demo: asked for, or by default on the embedded database only. */
export function seedsDemo(config: Pick<AppConfig, 'SEED_DEMO' | 'DATABASE_URL'>): boolean {
  return config.SEED_DEMO ?? !config.DATABASE_URL;
}

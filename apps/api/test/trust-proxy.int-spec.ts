import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';

const BALANCER = '127.0.0.1';
const CLIENT = '203.0.113.7';

/** A failed login as the balancer forwards it: whatever the client sent in X-Forwarded-For, then the client's address. */
async function failedLogin(app: NestFastifyApplication, clientSent: string | null, peer = BALANCER): Promise<number> {
  const forwarded = [clientSent, CLIENT].filter(Boolean).join(', ');
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: peer,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwarded },
    payload: JSON.stringify({ email: uniqueEmail('nobody'), password: 'not the password' }),
  });
  return res.statusCode;
}

async function ipKeys(sql: pg.Pool): Promise<string[]> {
  return (await sql.query(`SELECT DISTINCT key FROM rate_limit_hits WHERE key LIKE 'login:ip:%' ORDER BY key`)).rows.map((r) => r.key);
}

/**
 * A client rotating its own X-Forwarded-For must not dodge the per-IP login limit (50 per 15 min):
 * only the address the trusted balancer appended counts.
 */
function rotatingClientIsLimited(t: { app: NestFastifyApplication; sql: pg.Pool }) {
  it('a rotated client-sent X-Forwarded-For does not dodge the per-IP limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) statuses.push(await failedLogin(t.app, `198.51.100.${i}`));
    expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(statuses[50]).toBe(429);
    expect(await ipKeys(t.sql)).toEqual([`login:ip:${CLIENT}`]);
  });
}

describe('TRUST_PROXY=1 (one balancer in front)', () => {
  const t = useTestApp({ TRUST_PROXY: '1' });
  rotatingClientIsLimited(t);
});

describe('TRUST_PROXY=<the balancer\'s address>', () => {
  const t = useTestApp({ TRUST_PROXY: `${BALANCER},10.0.0.0/8` });
  rotatingClientIsLimited(t);

  it('a peer that is not a trusted proxy is its own address, whatever it forwards', async () => {
    expect(await failedLogin(t.app, '198.51.100.200', '192.0.2.55')).toBe(401);
    expect(await ipKeys(t.sql)).toContain('login:ip:192.0.2.55');
    expect(await ipKeys(t.sql)).not.toContain('login:ip:198.51.100.200');
  });
});

describe('TRUST_PROXY unset', () => {
  const t = useTestApp();
  it('ignores X-Forwarded-For altogether', async () => {
    expect(await failedLogin(t.app, '198.51.100.9')).toBe(401);
    expect(await ipKeys(t.sql)).toEqual([`login:ip:${BALANCER}`]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { DatabaseService } from '../src/common/database.service.js';
import { PASSWORD, TestClient, uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

describe('sign-up, login, logout', () => {
  it('signs up, creates the organization with an owner, and is signed in', async () => {
    const client = new TestClient(t.app);
    const email = uniqueEmail('rina');
    const res = await client.post('/api/auth/signup', { email: email.toUpperCase(), password: PASSWORD, name: 'Rina', organizationName: 'Senja' });
    expect(res.status).toBe(201);
    expect(res.body.user.email).toBe(email);
    expect(res.body.memberships).toEqual([expect.objectContaining({ organizationName: 'Senja', role: 'owner' })]);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] as string).join();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/me')).body.user.email).toBe(email);
    const [row] = (await t.sql.query(`SELECT password_hash FROM users WHERE email = $1`, [email])).rows;
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses weak passwords and taken emails with field errors', async () => {
    const client = new TestClient(t.app);
    const weak = await client.post('/api/auth/signup', { email: uniqueEmail(), password: 'password123', name: 'X', organizationName: 'Y' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('weak_password');
    expect(weak.body.errors[0].pointer).toBe('/body/password');
    const short = await client.post('/api/auth/signup', { email: 'nope', password: 'short', name: '', organizationName: 'Y' });
    expect(short.status).toBe(400);
    expect(short.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(short.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/body/email', '/body/name', '/body/password']);
    const first = await new TestClient(t.app).signup('dup');
    const again = await client.post('/api/auth/signup', { email: first.me!.user.email, password: PASSWORD, name: 'X', organizationName: 'Y' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const owner = await new TestClient(t.app).signup('login');
    const wrong = await new TestClient(t.app).post('/api/auth/login', { email: owner.me!.user.email, password: 'wrong password!' });
    const unknown = await new TestClient(t.app).post('/api/auth/login', { email: uniqueEmail('ghost'), password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect({ ...wrong.body, requestId: '' }).toEqual({ ...unknown.body, requestId: '' });
  });

  it('rotates the session id at every login and logout really ends it', async () => {
    const owner = await new TestClient(t.app).signup('rotate');
    const signupCookie = owner.cookie;
    const res = await owner.post('/api/auth/login', { email: owner.me!.user.email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(owner.cookie).not.toBe(signupCookie);
    const stolen = owner.cookie;
    expect((await owner.post('/api/auth/logout')).status).toBe(204);
    const replay = new TestClient(t.app);
    replay.cookie = stolen;
    expect((await replay.get('/api/me')).status).toBe(401);
  });

  it('looks a session up once for a burst of parallel requests, and not again after logout', async () => {
    const owner = await new TestClient(t.app).signup('burst');
    const lookUps = vi.spyOn(t.app.get(DatabaseService), 'one');
    const sessionLookUps = () => lookUps.mock.calls.filter(([sql]) => sql.includes('FROM sessions s')).length;
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => owner.get('/api/me')));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(sessionLookUps()).toBe(1);
      const stale = owner.cookie;
      expect((await owner.post('/api/auth/logout')).status).toBe(204);
      const replay = new TestClient(t.app);
      replay.cookie = stale;
      expect((await replay.get('/api/me')).status).toBe(401);
      expect(sessionLookUps()).toBe(2);
    } finally {
      lookUps.mockRestore();
    }
  });

  it('expires idle and too-old sessions, and disabled users', async () => {
    const idle = await new TestClient(t.app).signup('idle');
    await t.sql.query(`UPDATE sessions SET last_seen_at = now() - interval '8 days' WHERE user_id = $1`, [idle.me!.user.id]);
    const res = await idle.get('/api/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('session_expired');

    const old = await new TestClient(t.app).signup('old');
    await t.sql.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [old.me!.user.id]);
    expect((await old.get('/api/me')).status).toBe(401);

    const disabled = await new TestClient(t.app).signup('disabled');
    await t.sql.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [disabled.me!.user.id]);
    expect((await disabled.get('/api/me')).status).toBe(401);
    const login = await new TestClient(t.app).post('/api/auth/login', { email: disabled.me!.user.email, password: PASSWORD });
    expect(login.status).toBe(401);
  });

  it('signs out other sessions but keeps this one', async () => {
    const laptop = await new TestClient(t.app).signup('multi');
    const phone = new TestClient(t.app);
    await phone.post('/api/auth/login', { email: laptop.me!.user.email, password: PASSWORD });
    const res = await laptop.post('/api/me/sessions/sign-out-others');
    expect(res.body).toEqual({ revoked: 1 });
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);
  });

  it('rate-limits failed logins per account with Retry-After', async () => {
    const owner = await new TestClient(t.app).signup('brute');
    const attacker = new TestClient(t.app);
    for (let i = 0; i < 10; i++) {
      expect((await attacker.post('/api/auth/login', { email: owner.me!.user.email, password: `guess-${i}-xxxx` })).status).toBe(401);
    }
    const blocked = await attacker.post('/api/auth/login', { email: owner.me!.user.email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits parallel failed logins exactly: 30 at once give 10 × 401 and 20 × 429', async () => {
    const owner = await new TestClient(t.app).signup('parallel-brute');
    const attackers = Array.from({ length: 30 }, () => new TestClient(t.app));
    const answers = await Promise.all(
      attackers.map((a, i) => a.post('/api/auth/login', { email: owner.me!.user.email, password: `guess-${i}-xxxx` })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    const [row] = (await t.sql.query(`SELECT count(*)::int AS n FROM rate_limit_hits WHERE key = $1`, [`login:email:${owner.me!.user.email}`])).rows;
    expect(row.n).toBe(10);
  });

  it('a successful login takes its attempt back and clears the account\'s failures', async () => {
    const owner = await new TestClient(t.app).signup('clears');
    const client = new TestClient(t.app);
    for (let i = 0; i < 3; i++) await client.post('/api/auth/login', { email: owner.me!.user.email, password: `guess-${i}-xxxx` });
    expect((await client.post('/api/auth/login', { email: owner.me!.user.email, password: PASSWORD })).status).toBe(200);
    const counts = await t.sql.query(`SELECT key, count(*)::int AS n FROM rate_limit_hits WHERE key = ANY($1) GROUP BY key ORDER BY key`, [
      [`login:email:${owner.me!.user.email}`, `login:ip:${client.ip}`],
    ]);
    expect(counts.rows).toEqual([{ key: `login:ip:${client.ip}`, n: 3 }]);
  });
});

describe('CSRF and content types', () => {
  it('rejects a cookie-authenticated write without the CSRF token', async () => {
    const owner = await new TestClient(t.app).signup('csrf');
    const res = await owner.post('/api/orgs', { name: 'Second' }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
    const wrong = await owner.post('/api/orgs', { name: 'Second' }, { headers: { 'x-csrf-token': 'forged' } });
    expect(wrong.status).toBe(403);
    expect((await owner.post('/api/orgs', { name: 'Second' })).status).toBe(201);
  });

  it('rejects a foreign Origin even with the right token', async () => {
    const owner = await new TestClient(t.app).signup('origin');
    const res = await owner.post('/api/orgs', { name: 'X' }, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
  });

  it('accepts only JSON bodies, and bounds their size', async () => {
    const owner = await new TestClient(t.app).signup('types');
    const form = await owner.post('/api/orgs', 'name=X', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const text = await owner.post('/api/orgs', 'X', { headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('unsupported_media_type');
    const big = await owner.post('/api/orgs', { name: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    const broken = await owner.post('/api/orgs', '{"name":', { headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
  });
});

describe('personal API tokens', () => {
  it('authenticate with Bearer, need no CSRF, are shown once and can be revoked', async () => {
    const owner = await new TestClient(t.app).signup('token');
    const created = await owner.post('/api/me/tokens', { name: 'CI script' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^rdt_/);
    const listed = await owner.get('/api/me/tokens');
    expect(listed.body.items).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const [row] = (await t.sql.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [created.body.id])).rows;
    expect(row.token_hash.toString()).not.toContain(created.body.token);

    const script = new TestClient(t.app);
    script.bearer = created.body.token;
    expect((await script.get('/api/me')).status).toBe(200);
    expect((await script.post(`/api/orgs/${owner.orgId}/events`, {
      name: 'Via token', kind: 'other', startAt: '2026-12-01T10:00:00+07:00', endAt: '2026-12-01T12:00:00+07:00',
      timeZone: 'Asia/Jakarta', currency: 'IDR',
    })).status).toBe(201);

    expect((await owner.delete(`/api/me/tokens/${created.body.id}`)).status).toBe(204);
    const after = await script.get('/api/me');
    expect(after.status).toBe(401);
    const garbage = new TestClient(t.app);
    garbage.bearer = 'rdt_nope';
    expect((await garbage.get('/api/me')).status).toBe(401);
  });
});

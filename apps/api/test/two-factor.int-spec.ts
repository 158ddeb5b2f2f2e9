import { describe, expect, it } from 'vitest';
import { base32Decode, hotp, totpStep } from '../src/modules/account/totp.js';
import { PASSWORD, TestClient, join } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

/** The authenticator app: the code for `offset` steps from now. */
const codeFor = (secret: string, offset = 0) => hotp(base32Decode(secret), totpStep(Date.now()) + offset);

/**
 * Turns two-factor sign-in on for a signed-in client; returns the secret, the recovery codes and
 * the time step whose code it used (spent from then on).
 */
async function enable(client: TestClient): Promise<{ secret: string; recoveryCodes: string[]; step: number }> {
  const setup = await client.post('/api/me/two-factor/setup', { password: PASSWORD });
  expect(setup.status).toBe(200);
  expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Rundown%3A.+\?secret=[A-Z2-7]+&issuer=Rundown/);
  const step = totpStep(Date.now());
  const enabled = await client.post('/api/me/two-factor/enable', { code: hotp(base32Decode(setup.body.secret), step) });
  expect(enabled.status).toBe(200);
  return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes, step };
}

/** Signs in with the password; with two-factor on, the answer is 401 two_factor_required and a challenge cookie. */
async function passwordStep(email: string): Promise<{ client: TestClient; challenge: string | null; status: number; code: string }> {
  const client = new TestClient(t.app);
  const res = await client.post('/api/auth/login', { email, password: PASSWORD });
  const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  const challenge = cookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith('rd_2fa=')) ?? null;
  return { client, challenge, status: res.status, code: res.body.code };
}

const secondStep = (client: TestClient, challenge: string | null, code: string) =>
  client.post('/api/auth/login/two-factor', { code }, { headers: challenge ? { cookie: challenge } : {} });

describe('two-factor sign-in', () => {
  it('is set up with a code from the app, then asked for at every sign-in; each code works once', async () => {
    const owner = await new TestClient(t.app).signup('totp');
    const email = owner.me!.user.email;
    expect((await owner.get('/api/me/two-factor')).body).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect((await owner.post('/api/me/two-factor/setup', { password: 'not the password' })).body.code).toBe('wrong_password');
    const setup = await owner.post('/api/me/two-factor/setup', { password: PASSWORD });
    const wrong = await owner.post('/api/me/two-factor/enable', { code: codeFor(setup.body.secret, 5) });
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].pointer).toBe('/body/code');
    const { secret, recoveryCodes, step } = await enable(owner);
    const code = (s: number) => hotp(base32Decode(secret), s);
    expect(recoveryCodes).toHaveLength(10);
    expect((await owner.get('/api/me/two-factor')).body).toEqual({ enabled: true, recoveryCodesLeft: 10 });

    const first = await passwordStep(email);
    expect(first.status).toBe(401);
    expect(first.code).toBe('two_factor_required');
    expect(first.challenge).toMatch(/^rd_2fa=.+/);
    expect(first.client.cookie).toBeNull();
    // The code the set-up used is spent; the next step's code signs in (one step of drift is allowed).
    expect((await secondStep(first.client, first.challenge, code(step))).status).toBe(401);
    const signedIn = await secondStep(first.client, first.challenge, code(step + 1));
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.email).toBe(email);
    expect((await first.client.get('/api/me')).status).toBe(200);
    // A challenge signs in once, and a code once.
    expect((await secondStep(new TestClient(t.app), first.challenge, code(step + 2))).status).toBe(401);
    const next = await passwordStep(email);
    expect((await secondStep(next.client, next.challenge, code(step + 1))).status).toBe(401);
    // No challenge, no sign-in.
    expect((await secondStep(new TestClient(t.app), null, code(step + 2))).status).toBe(401);
  });

  it('takes a recovery code once, and gives up after five wrong codes', async () => {
    const owner = await new TestClient(t.app).signup('recovery');
    const email = owner.me!.user.email;
    const { recoveryCodes } = await enable(owner);
    const step = await passwordStep(email);
    expect((await secondStep(step.client, step.challenge, recoveryCodes[0]!.toUpperCase())).status).toBe(200);
    expect((await owner.get('/api/me/two-factor')).body.recoveryCodesLeft).toBe(9);
    const again = await passwordStep(email);
    expect((await secondStep(again.client, again.challenge, recoveryCodes[0]!)).status).toBe(401);

    const guesses = await passwordStep(email);
    for (let i = 0; i < 5; i++) expect((await secondStep(guesses.client, guesses.challenge, `00000${i}`)).status).toBe(401);
    expect((await secondStep(guesses.client, guesses.challenge, recoveryCodes[1]!)).status).toBe(401);
  });

  it('is turned off with the password', async () => {
    const owner = await new TestClient(t.app).signup('disable');
    await enable(owner);
    expect((await owner.post('/api/me/two-factor/disable', { password: 'nope nope nope' })).status).toBe(400);
    expect((await owner.post('/api/me/two-factor/disable', { password: PASSWORD })).status).toBe(204);
    const step = await passwordStep(owner.me!.user.email);
    expect(step.status).toBe(200);
  });
});

describe('an organization requiring two-factor sign-in of owners and admins', () => {
  it('refuses their organization routes until they turn it on, and keeps them from turning it off', async () => {
    const owner = await new TestClient(t.app).signup('policy');
    const admin = await join(t.app, owner, 'admin');
    const crew = await join(t.app, owner, 'crew');
    const security = `/api/orgs/${owner.orgId}/security`;
    expect((await owner.get(security)).body).toEqual({ requireTwoFactor: false });

    // The owner cannot require what they do not use themselves.
    const early = await owner.put(security, { requireTwoFactor: true });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('two_factor_setup_required');
    await enable(owner);
    expect((await admin.get(`/api/orgs/${owner.orgId}/members`)).status).toBe(200);
    expect((await owner.put(security, { requireTwoFactor: true })).body).toEqual({ requireTwoFactor: true });

    // At once, on this replica: the admin without it is refused; crew and the owner are not.
    const refused = await admin.get(`/api/orgs/${owner.orgId}/members`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('two_factor_setup_required');
    expect((await crew.get(`/api/orgs/${owner.orgId}`)).status).toBe(200);
    expect((await owner.get(`/api/orgs/${owner.orgId}/members`)).status).toBe(200);
    // Their own account stays reachable, to turn it on.
    expect((await admin.get('/api/me')).status).toBe(200);
    await enable(admin);
    expect((await admin.get(`/api/orgs/${owner.orgId}/members`)).status).toBe(200);
    const off = await admin.post('/api/me/two-factor/disable', { password: PASSWORD });
    expect(off.status).toBe(403);
    expect(off.body.code).toBe('two_factor_setup_required');

    const audit = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=organization`);
    expect(audit.body.items[0]).toMatchObject({ action: 'update', after: { requireTwoFactor: true } });
  });
});

import { describe, expect, it } from 'vitest';
import { PASSWORD, TestClient, uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp({ PUBLIC_URL: 'https://rundown.example' });
const NEW_PASSWORD = 'tirai merah 2027';

async function signIn(email: string, password: string): Promise<{ client: TestClient; status: number }> {
  const client = new TestClient(t.app);
  const res = await client.post('/api/auth/login', { email, password });
  return { client, status: res.status };
}

/** The reset link queued for `email`, read from the outbox as the mail would carry it. */
async function resetLinks(email: string): Promise<string[]> {
  const { rows } = await t.sql.query(`SELECT body FROM email_outbox WHERE to_email = $1 ORDER BY id`, [email]);
  return rows.map((r) => /https:\/\/rundown\.example\/reset-password\/([\w-]+)/.exec(r.body)?.[1] ?? '');
}

describe('change password', () => {
  it('needs the current password, ends every other session and keeps this one', async () => {
    const laptop = await new TestClient(t.app).signup('change');
    const email = laptop.me!.user.email;
    const phone = (await signIn(email, PASSWORD)).client;
    await phone.csrfToken();

    const wrong = await laptop.post('/api/me/password', { currentPassword: 'not it at all', newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('wrong_password');
    expect(wrong.body.errors[0].pointer).toBe('/body/currentPassword');
    const weak = await laptop.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'password123' });
    expect(weak.body.code).toBe('weak_password');
    expect((await phone.get('/api/me')).status).toBe(200);

    expect((await laptop.post('/api/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);
    expect((await signIn(email, PASSWORD)).status).toBe(401);
    expect((await signIn(email, NEW_PASSWORD)).status).toBe(200);
  });

  it('limits guesses of the current password', async () => {
    const owner = await new TestClient(t.app).signup('guess-current');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => owner.post('/api/me/password', { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD })),
    );
    expect(answers.filter((a) => a.status === 400)).toHaveLength(10);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(2);
  });
});

describe('forgot and reset password', () => {
  it('emails a single-use link through the outbox; the reset ends every session', async () => {
    const owner = await new TestClient(t.app).signup('forgot');
    const email = owner.me!.user.email;
    const stranger = new TestClient(t.app);
    const known = await stranger.post('/api/auth/password/forgot', { email: email.toUpperCase() });
    const unknown = await stranger.post('/api/auth/password/forgot', { email: uniqueEmail('ghost') });
    expect(known.status).toBe(204);
    expect(unknown.status).toBe(204);
    expect(known.body).toEqual(unknown.body);

    const [token] = await resetLinks(email);
    expect(token).toMatch(/^[\w-]{40,}$/);
    // Only the token's hash is stored; the link lives an hour.
    const [stored] = (
      await t.sql.query(
        `SELECT r.token_hash = sha256(convert_to($2, 'UTF8')) AS hashed, extract(epoch FROM r.expires_at - r.created_at)::int AS ttl
           FROM password_resets r JOIN users u ON u.id = r.user_id WHERE u.email = $1`,
        [email, token],
      )
    ).rows;
    expect(stored).toEqual({ hashed: true, ttl: 3600 });

    const weak = await stranger.post('/api/auth/password/reset', { token, password: 'password123' });
    expect(weak.body.code).toBe('weak_password');
    expect((await stranger.post('/api/auth/password/reset', { token, password: NEW_PASSWORD })).status).toBe(204);
    expect((await owner.get('/api/me')).status).toBe(401);
    expect((await signIn(email, NEW_PASSWORD)).status).toBe(200);

    const again = await stranger.post('/api/auth/password/reset', { token, password: 'another long phrase 9' });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('reset_link_invalid');
    expect((await signIn(email, NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses an expired link, and a password change uses up open links', async () => {
    const owner = await new TestClient(t.app).signup('expired');
    const email = owner.me!.user.email;
    await new TestClient(t.app).post('/api/auth/password/forgot', { email });
    await new TestClient(t.app).post('/api/auth/password/forgot', { email });
    const [first, second] = await resetLinks(email);
    await t.sql.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [first]);
    expect((await new TestClient(t.app).post('/api/auth/password/reset', { token: first, password: NEW_PASSWORD })).body.code).toBe('reset_link_invalid');

    expect((await owner.post('/api/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await new TestClient(t.app).post('/api/auth/password/reset', { token: second, password: 'another long phrase 9' })).body.code).toBe('reset_link_invalid');
  });

  it('is rate limited per email whether or not the account exists', async () => {
    const email = uniqueEmail('nobody');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await new TestClient(t.app).post('/api/auth/password/forgot', { email })).status);
    expect(statuses).toEqual([204, 204, 204, 204, 204, 429]);
    expect((await t.sql.query(`SELECT 1 FROM email_outbox WHERE to_email = $1`, [email])).rows).toEqual([]);
  });
});

describe('sessions', () => {
  it('lists the live sessions, marks this one, and signs out one at a time', async () => {
    const laptop = await new TestClient(t.app).signup('sessions');
    const email = laptop.me!.user.email;
    const phone = (await signIn(email, PASSWORD)).client;
    const tablet = (await signIn(email, PASSWORD)).client;
    await phone.csrfToken();

    const first = await laptop.get('/api/me/sessions?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const rest = await laptop.get(`/api/me/sessions?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    const all = [...first.body.items, ...rest.body.items];
    expect(all).toHaveLength(3);
    expect(all.filter((s) => s.current)).toHaveLength(1);
    expect(all[2].current).toBe(true);
    expect(all[0].ip).toBe(tablet.ip);

    const phoneSession = all.find((s) => s.ip === phone.ip)!;
    expect((await laptop.delete(`/api/me/sessions/${phoneSession.id}`)).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await tablet.get('/api/me')).status).toBe(200);
    expect((await laptop.get('/api/me/sessions')).body.items.map((s: { id: string }) => s.id)).not.toContain(phoneSession.id);

    const other = await new TestClient(t.app).signup('other-sessions');
    const otherSession = (await other.get('/api/me/sessions')).body.items[0];
    expect((await laptop.delete(`/api/me/sessions/${otherSession.id}`)).status).toBe(404);
    expect((await other.get('/api/me')).status).toBe(200);

    const current = all[2];
    const self = await laptop.delete(`/api/me/sessions/${current.id}`);
    expect(self.status).toBe(204);
    expect(String(self.headers['set-cookie'])).toMatch(/rd_session=;/);
  });
});

// Two API replicas on one PostgreSQL behind haproxy (infra/haproxy.cfg), and the checks that
// must hold across them. Needs the built API (`pnpm build`) and Debian's haproxy
// (`apt-get install -y haproxy`). Loopback only. Exits non-zero when a check fails.
//
//   node tests/replicas/check.mjs [--report reports/replicas.json]
//   (ports: REPLICAS_PORTS=3315,3316,3317 — front, api1, api2)
//
// Both replicas boot at once with SEED_DEMO=true (they must take turns migrating and seeding);
// then: a browser journey through the balancer (every request may reach either replica), the
// balancer's health checks and X-Forwarded-For, a session used on the other replica,
// revocation (next request on the replica that made it, within the identity cache's 2 s on the
// other), a kept budget summary read on the other replica right after an edit, the live rundown
// stream across replicas and through the balancer, and a replica killed mid-burst.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { startEmbeddedPostgres } from '@rundown/api/database/embedded-postgres.js';

const [FRONT, API1, API2] = (process.env.REPLICAS_PORTS ?? '3315,3316,3317').split(',').map(Number);
const front = `http://127.0.0.1:${FRONT}`;
const api1 = `http://127.0.0.1:${API1}`;
const api2 = `http://127.0.0.1:${API2}`;
/** The identity cache's window (apps/api/src/modules/auth/identity.service.ts), and slack for a busy machine. */
const IDENTITY_CACHE_MS = 2000;
const SLACK_MS = 1500; // a request on a loaded 2-core CI machine can take a few hundred ms
const PASSWORD = 'lampu panggung 42';
const HAPROXY = process.env.HAPROXY ?? (existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy');

const started = performance.now();
const results = [];
const children = [];

function check(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function startProcess(command, args, env, label) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.on('exit', (code, signal) => {
    if (!child.expectedExit && code !== 0) console.error(`${label} exited (${code ?? signal}):\n${stderr}`);
  });
  children.push(child);
  return child;
}

async function waitHealthy(base, ms = 60_000) {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return true;
    } catch {}
    await sleep(100);
  }
  return false;
}

/** A browser-like client: one session cookie and its CSRF token, any replica. */
class Client {
  cookie = null;
  csrf = null;

  async request(base, method, path, body, headers = {}) {
    const h = { accept: 'application/json', ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (method !== 'GET' && this.cookie) h['x-csrf-token'] = await this.csrfToken(base);
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie?.startsWith('rd_session=')) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
      this.csrf = null;
    }
    const text = await res.text();
    const json = text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
    return { status: res.status, body: json, headers: res.headers };
  }

  async csrfToken(base) {
    if (!this.csrf) this.csrf = (await (await fetch(`${base}/api/auth/csrf`, { headers: { cookie: this.cookie } })).json()).token;
    return this.csrf;
  }
}

/** Reads `event: rundown` frames from a Server-Sent Event stream; returns a closer. */
async function openStream(url, cookie, onState) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  if (!response.ok) throw new Error(`stream ${url}: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
          if (/^event: ?rundown$/m.test(frame) && data) onState(JSON.parse(data));
        }
      }
    } catch {}
  })();
  return () => controller.abort();
}

async function waitUntil(predicate, ms) {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    if (await predicate()) return true;
    await sleep(5);
  }
  return false;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'rundown-replicas-pg-'));
  const database = await startEmbeddedPostgres(dataDir, console.error);
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  sql.on('error', () => {});
  try {
    // Both replicas at once, both asked to seed the demo.
    const main = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
    const env = (port) => ({
      PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: database.url, SEED_DEMO: 'true', LOG_LEVEL: 'warn',
      TRUST_PROXY: '127.0.0.1', NODE_ENV: 'development',
    });
    const replica1 = startProcess(process.execPath, [main], env(API1), 'api1');
    const replica2 = startProcess(process.execPath, [main], env(API2), 'api2');
    const [up1, up2] = await Promise.all([waitHealthy(api1), waitHealthy(api2)]);
    check('two replicas booting together both start (migrations and demo seeding take turns)', up1 && up2);
    if (!up1 || !up2) return;
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM users WHERE email = 'demo@rundown.id'`);
    check('the demo is seeded once', rows[0].n === 1, `${rows[0].n} demo owner(s)`);

    const cfg = fileURLToPath(new URL('../../infra/haproxy.cfg', import.meta.url));
    startProcess(HAPROXY, ['-db', '-f', cfg], { FRONT_BIND: `127.0.0.1:${FRONT}`, API1: `127.0.0.1:${API1}`, API2: `127.0.0.1:${API2}` }, 'haproxy');
    check('haproxy answers /api/health', await waitHealthy(front, 10_000));
    // Both servers must be up in haproxy's eyes (rise 2 × inter 1s) before counting on round robin.
    await sleep(2200);

    // A browser journey through the balancer: sign up, create an event, see it listed, see this
    // browser among the account's sessions. Round robin sends its requests to both replicas.
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ locale: 'en-US' });
      const visible = (locator) => locator.waitFor({ state: 'visible', timeout: 20_000 });
      await page.goto(`${front}/signup`);
      await page.getByLabel('Your name').fill('Rina Wulandari');
      await page.getByLabel('Work email').fill(`journey-${process.pid}-${Date.now()}@example.id`);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Organization name').fill('Senja Production House');
      await page.getByRole('button', { name: 'Create account' }).click();
      await visible(page.getByRole('heading', { name: 'Events' }));
      await page.getByTestId('new-event').first().click();
      const form = page.getByTestId('event-form');
      await form.getByLabel('Name').fill('Konser Senja di Jakarta');
      await form.getByLabel('Starts').fill('2027-06-01T15:00');
      await form.getByLabel('Ends').fill('2027-06-01T23:30');
      await form.getByRole('button', { name: 'Create event' }).click();
      await visible(page.getByText('Event “Konser Senja di Jakarta” created'));
      await page.getByTestId('nav-events').click();
      await visible(page.getByTestId('events-table').getByText('Konser Senja di Jakarta'));
      await page.goto(`${front}/account`);
      await visible(page.getByTestId('sessions-table').getByText('This browser'));
      check('a browser journey through the balancer (sign up, create an event, list it, account sessions)', true);
    } catch (error) {
      check('a browser journey through the balancer (sign up, create an event, list it, account sessions)', false, String(error).split('\n')[0]);
    } finally {
      await browser.close();
    }

    // X-Forwarded-For: the client's own value is dropped, the balancer's is the rate-limit key.
    const spoofed = await fetch(`${front}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
      body: JSON.stringify({ email: 'nobody@example.id', password: 'not the password' }),
    });
    const keys = (await sql.query(`SELECT DISTINCT key FROM rate_limit_hits WHERE key LIKE 'login:ip:%'`)).rows.map((r) => r.key);
    check('a client-sent X-Forwarded-For is replaced by the balancer', spoofed.status === 401 && keys.length === 1 && keys[0] === 'login:ip:127.0.0.1', keys.join(', '));

    // A session made on one replica works on the other, and through the balancer.
    const laptop = new Client();
    const email = `replicas-${process.pid}-${Date.now()}@example.id`;
    const signup = await laptop.request(api1, 'POST', '/api/auth/signup', { email, password: PASSWORD, name: 'Rina', organizationName: 'Replicas' });
    const orgId = signup.body.memberships?.[0]?.organizationId;
    const onOther = await laptop.request(api2, 'GET', '/api/me');
    const viaFront = await Promise.all(Array.from({ length: 10 }, () => laptop.request(front, 'GET', '/api/me')));
    check('a session from replica 1 is valid on replica 2 and through the balancer', signup.status === 201 && onOther.status === 200 && viaFront.every((r) => r.status === 200));

    // Revocation: refused at once where it was made, within the cache window on the other replica.
    const phone = new Client();
    await phone.request(api1, 'POST', '/api/auth/login', { email, password: PASSWORD });
    await phone.csrfToken(api1);
    const warm = await phone.request(api2, 'GET', '/api/me'); // replica 2 now caches the phone's identity
    const revoke = await laptop.request(api1, 'POST', '/api/me/sessions/sign-out-others');
    const revokedAt = performance.now();
    const sameReplica = await phone.request(api1, 'GET', '/api/me');
    check('sign out other sessions: the next request on the same replica is refused', warm.status === 200 && revoke.body.revoked === 1 && sameReplica.status === 401);
    let otherStatus = 0;
    const refused = await waitUntil(async () => (otherStatus = (await phone.request(api2, 'GET', '/api/me')).status) === 401, IDENTITY_CACHE_MS + SLACK_MS);
    const took = performance.now() - revokedAt;
    check(`…and on the other replica within the documented ${IDENTITY_CACHE_MS} ms`, refused, `${took.toFixed(0)} ms (last status ${otherStatus})`);

    // Demoting a member: refused at once on the replica that made it, within the window on the other.
    const invitation = await laptop.request(api1, 'POST', `/api/orgs/${orgId}/invitations`, { email: `admin-${process.pid}-${Date.now()}@example.id`, role: 'admin' });
    const admin = new Client();
    await admin.request(api2, 'POST', `/api/invitations/${invitation.body.token}/register`, { name: 'Dimas', password: PASSWORD });
    const membersPath = `/api/orgs/${orgId}/members`;
    const adminMember = (await laptop.request(api1, 'GET', membersPath)).body.items.find((m) => m.role === 'admin');
    const warmAdmin = await admin.request(api2, 'GET', membersPath); // replica 2 caches the admin's role
    await admin.request(api1, 'GET', membersPath); // and so does replica 1
    const demote = await laptop.request(api1, 'PATCH', `${membersPath}/${adminMember.id}`, { role: 'crew' }, { 'if-match': `"${adminMember.version}"` });
    const demotedAt = performance.now();
    const demotedHere = await admin.request(api1, 'GET', membersPath);
    check('demoting an admin: the next request on the same replica is refused', warmAdmin.status === 200 && demote.status === 200 && demotedHere.status === 403, `${demote.status}, then ${demotedHere.status}`);
    let demotedStatus = 0;
    const demotedThere = await waitUntil(async () => (demotedStatus = (await admin.request(api2, 'GET', membersPath)).status) === 403, IDENTITY_CACHE_MS + SLACK_MS);
    check(`…and on the other replica within the documented ${IDENTITY_CACHE_MS} ms`, demotedThere, `${(performance.now() - demotedAt).toFixed(0)} ms (last status ${demotedStatus})`);

    // A kept budget summary read on the other replica right after an edit.
    const event = await laptop.request(api1, 'POST', `/api/orgs/${orgId}/events`, {
      name: 'Konser Replika', kind: 'live_event', startAt: '2027-06-01T10:00:00+07:00', endAt: '2027-06-01T23:00:00+07:00', timeZone: 'Asia/Jakarta', currency: 'IDR',
    });
    const budgetPath = `/api/orgs/${orgId}/events/${event.body.id}/budget`;
    const budget = await laptop.request(api1, 'GET', budgetPath);
    const category = budget.body.categories.find((c) => !budget.body.categories.some((child) => child.parentId === c.id));
    const line = await laptop.request(api1, 'POST', `${budgetPath}/lines`, { categoryId: category.id, description: 'Sound system', rate: '10000000' });
    const before = await laptop.request(api2, 'GET', `${budgetPath}/summary`);
    await laptop.request(api2, 'GET', `${budgetPath}/summary`); // kept now on replica 2
    const edit = await laptop.request(api1, 'PATCH', `${budgetPath}/lines/${line.body.id}`, { rate: '25000000' }, { 'if-match': `"${line.body.version}"` });
    const after = await laptop.request(api2, 'GET', `${budgetPath}/summary`);
    check(
      'a kept budget summary read on the other replica right after an edit shows the edit',
      before.body.totals?.estimate === '10000000' && edit.status === 200 && after.body.totals?.estimate === '25000000',
      `estimate ${before.body.totals?.estimate} → ${after.body.totals?.estimate}`,
    );

    // The live rundown: a show caller on replica 1 moves a screen on replica 2 and one through the balancer.
    const dayPath = `/api/orgs/${orgId}/events/${event.body.id}/rundown/2027-06-01`;
    const day = await laptop.request(api1, 'PUT', dayPath, { startsAt: '2027-06-01T19:00:00+07:00' }, { 'if-none-match': '*' });
    if (day.status !== 200) throw new Error(`rundown day: ${day.status} ${JSON.stringify(day.body)}`);
    for (let i = 0; i < 3; i++) await laptop.request(api1, 'POST', `${dayPath}/cues`, { title: `Cue ${i + 1}`, durationSeconds: 300 });
    const seen = { api2: new Map(), front: new Map() };
    const closers = [
      await openStream(`${api2}${dayPath}/live/stream`, laptop.cookie, (s) => seen.api2.has(s.version) || seen.api2.set(s.version, performance.now())),
      await openStream(`${front}${dayPath}/live/stream`, laptop.cookie, (s) => seen.front.has(s.version) || seen.front.set(s.version, performance.now())),
    ];
    try {
      if (!(await waitUntil(() => seen.api2.size > 0 && seen.front.size > 0, 5000))) throw new Error('the streams sent no first state');
      const delays = { api2: [], front: [] };
      for (const action of ['start', 'next', 'next', 'next']) {
        const pressed = performance.now();
        const state = await laptop.request(api1, 'POST', `${dayPath}/live`, { action });
        await waitUntil(() => seen.api2.has(state.body.version) && seen.front.has(state.body.version), 5000);
        if (process.env.REPLICAS_DEBUG) console.log(action, state.body.version, [...seen.api2.keys()], [...seen.front.keys()]);
        for (const where of ['api2', 'front']) delays[where].push((seen[where].get(state.body.version) ?? Infinity) - pressed);
      }
      const worst = (list) => Math.max(...list);
      // The 1 s promise is measured by `pnpm bench` (live.mjs); here, as in the browser test, a busy
      // CI machine gets 3 s of slack, and the check is that the screens follow without reloading.
      check(
        'the live stream on the other replica and through the balancer follows the show caller (promise 1 s, slack 3 s)',
        worst(delays.api2) < 3000 && worst(delays.front) < 3000,
        `replica 2: ${delays.api2.map((d) => d.toFixed(0)).join(', ')} ms; balancer: ${delays.front.map((d) => d.toFixed(0)).join(', ')} ms`,
      );
    } finally {
      for (const close of closers) close();
    }

    // A replica killed mid-burst: the balancer retries failed connections on the other one.
    let sent = 0;
    const failures = [];
    const burstUntil = performance.now() + 3000;
    const worker = async () => {
      while (performance.now() < burstUntil) {
        sent += 1;
        try {
          const res = await fetch(`${front}/api/me`, { headers: { cookie: laptop.cookie } });
          await res.arrayBuffer();
          if (res.status !== 200) failures.push(res.status);
        } catch (error) {
          failures.push(String(error.cause?.code ?? error.cause?.message ?? error));
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await sleep(800);
    replica2.expectedExit = true;
    replica2.kill('SIGKILL');
    await Promise.all(workers);
    // Only requests the dying replica had already received may fail (never replayed: see haproxy.cfg).
    check('killing a replica mid-burst: requests keep being answered', failures.length <= 8 && sent >= 50, `${failures.length} of ${sent} failed${failures.length ? ` (${[...new Set(failures)].join(', ')})` : ''}`);
    replica1.expectedExit = true;
  } finally {
    for (const child of children) {
      child.expectedExit = true;
      child.kill('SIGTERM');
    }
    await sleep(500);
    await sql.end();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main()
  .catch((error) => {
    console.error(error);
    results.push({ name: 'run', ok: false });
  })
  .finally(() => {
    const failed = results.filter((r) => !r.ok).length;
    const seconds = (performance.now() - started) / 1000;
    console.log(`\nreplicas: ${results.length - failed} passed, ${failed} failed (${seconds.toFixed(1)} s)`);
    const reportAt = process.argv.indexOf('--report');
    if (reportAt > 0 && process.argv[reportAt + 1]) {
      const path = process.argv[reportAt + 1];
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify({ passed: results.length - failed, failed, seconds, results }, null, 2));
    }
    process.exit(failed > 0 || results.length === 0 ? 1 : 0);
  });

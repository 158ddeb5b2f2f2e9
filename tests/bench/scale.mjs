// pnpm bench:scale — every list, summary, search and schedule endpoint on production-sized data
// (scale-seed.mjs), at 50 connections, each beside a bare Fastify + pg handler running the same
// SQL (scale-bare.mjs). The data is seeded once and kept: in `.data/bench-scale/` (embedded
// PostgreSQL) or in the database `rundown_bench_scale` on BENCH_DATABASE_URL, with a marker file
// `.data/bench-scale/marker*.json` naming what was seeded. BENCH_SCALE (default 0.1) scales the
// number of organizations; BENCH_RESEED=1 seeds again; BENCH_SECONDS (default 4) sets each load
// run, split in BENCH_ROUNDS (default 2) alternating rounds of API and bare; BENCH_ONLY=<regex> runs
// only the cases whose name matches.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { encodeCursor } from '@rundown/domain';
import { startEmbeddedPostgres } from '@rundown/api/database/embedded-postgres.js';
import { migrate } from '@rundown/api/database/migrate.js';
import { checkTotals, counts, seed, seedPlan } from './scale-seed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = join(ROOT, '.data/bench-scale');
const DB_NAME = 'rundown_bench_scale';
const SCALE = Number(process.env.BENCH_SCALE ?? 0.1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PASSWORD = 'lampu panggung 42';
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
const log = (...args) => console.error(...args);

const withDatabase = (url, db) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();

async function server() {
  if (process.env.BENCH_DATABASE_URL) {
    const url = new URL(process.env.BENCH_DATABASE_URL);
    return { url: process.env.BENCH_DATABASE_URL, marker: join(DIR, `marker-${url.hostname}-${url.port || 5432}.json`), stop: async () => {} };
  }
  mkdirSync(DIR, { recursive: true });
  const embedded = await startEmbeddedPostgres(join(DIR, 'pg'), log);
  return { url: embedded.url, marker: join(DIR, 'marker.json'), stop: embedded.stop };
}

const freePort = () =>
  new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });

async function serve(script, env, readyUrl) {
  const child = fork(script, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${script} did not start`);
}

const loadWith = (options) => new Promise((done, fail) => autocannon(options, (error, result) => (error ? fail(error) : done(result))));
const load = (url, headers, duration = SECONDS) => loadWith({ url, connections: CONNECTIONS, duration, headers });

/** Rounds of one load as one result: requests summed, latency percentiles the median round's. */
function combine(runs) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const sum = (pick) => runs.reduce((n, r) => n + (pick(r) ?? 0), 0);
  const seconds = sum((r) => r.duration);
  return {
    latency: { p50: median(runs.map((r) => r.latency.p50)), p99: median(runs.map((r) => r.latency.p99)) },
    requests: { total: sum((r) => r.requests.total), average: sum((r) => r.requests.total) / (seconds || 1) },
    non2xx: sum((r) => r.non2xx), errors: sum((r) => r.errors), timeouts: sum((r) => r.timeouts), '5xx': sum((r) => r['5xx']),
  };
}

async function json(url, init) {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return { body: await res.json(), headers: res.headers };
}

/** Seeds unless the marker says this database holds the data set of this scale. */
async function seededMarker(url, markerPath) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const marker = existsSync(markerPath) ? JSON.parse(readFileSync(markerPath, 'utf8')) : null;
    if (marker && marker.scale === SCALE && !process.env.BENCH_RESEED) {
      const { rows } = await client.query(`SELECT 1 FROM organizations WHERE id = $1`, [marker.orgId]).catch(() => ({ rows: [] }));
      if (rows.length) return marker;
    }
    return null;
  } finally {
    await client.end();
  }
}

async function seedNow(url, markerPath, base) {
  const email = `scale-${Date.now()}@example.id`;
  const signup = await json(`${base}/api/auth/signup`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, name: 'Scale Bench', organizationName: 'Scale bench org' }),
  });
  const orgId = signup.body.memberships[0].organizationId;
  const userId = signup.body.user.id;
  const plan = seedPlan(SCALE);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    log(`seeding at scale ${SCALE} (${plan.otherOrgs} more organizations)…`);
    const start = Date.now();
    const seeded = await seed(client, { orgId, userId }, plan, log);
    const bad = await checkTotals(client);
    if (bad !== 0) throw new Error(`maintained totals disagree with the lines in ${bad} places`);
    const sizes = await counts(client);
    const bigEvent = (await client.query(`SELECT event_id FROM budgets WHERE id = $1`, [seeded.bigBudgetId])).rows[0].event_id;
    const smallEvent = (
      await client.query(`SELECT b.event_id FROM budgets b JOIN budget_category_totals t ON t.budget_id = b.id WHERE b.organization_id = $1 GROUP BY b.event_id HAVING sum(t.line_count) = 48 LIMIT 1`, [orgId])
    ).rows[0].event_id;
    const marker = { scale: SCALE, email, orgId, userId, bigEvent, smallEvent, scheduleEvent: seeded.scheduleEventId, seconds: Math.round((Date.now() - start) / 1000), counts: sizes, seededAt: new Date().toISOString() };
    mkdirSync(DIR, { recursive: true });
    writeFileSync(markerPath, JSON.stringify(marker, null, 2));
    log(`seeded in ${marker.seconds} s, maintained totals checked:`, sizes);
    return marker;
  } finally {
    await client.end();
  }
}

/** Cursors deep in each long list, as the API would hand them out (its own sort keys). */
async function deepCursors(url, m) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql, params) => (await client.query(sql, params)).rows[0];
    const event = await one(`SELECT start_at, id FROM events WHERE organization_id = $1 ORDER BY start_at, id OFFSET (SELECT count(*) - 60 FROM events WHERE organization_id = $1) LIMIT 1`, [m.orgId]);
    const line = await one(
      `SELECT sort_order, id FROM budget_lines WHERE budget_id = (SELECT id FROM budgets WHERE event_id = $1) ORDER BY sort_order, id
        OFFSET (SELECT count(*) - 60 FROM budget_lines WHERE budget_id = (SELECT id FROM budgets WHERE event_id = $1)) LIMIT 1`,
      [m.bigEvent],
    );
    const task = await one(`SELECT start_at, id FROM tasks WHERE event_id = $1 ORDER BY start_at, id OFFSET (SELECT count(*) - 60 FROM tasks WHERE event_id = $1) LIMIT 1`, [m.scheduleEvent]);
    const audit = await one(`SELECT id::text FROM audit_log WHERE organization_id = $1 ORDER BY id DESC OFFSET 49000 LIMIT 1`, [m.orgId]);
    const actor = await one(`SELECT actor_id FROM audit_log WHERE organization_id = $1 AND actor_id IS NOT NULL LIMIT 1`, [m.orgId]);
    const vendor = await one(`SELECT vendor_id FROM tasks WHERE event_id = $1 AND vendor_id IS NOT NULL LIMIT 1`, [m.scheduleEvent]);
    const recent = await one(`SELECT at FROM audit_log WHERE organization_id = $1 ORDER BY id DESC OFFSET 500 LIMIT 1`, [m.orgId]);
    return {
      event: encodeCursor([event.start_at.toISOString(), event.id]),
      line: encodeCursor([line.sort_order, line.id]),
      task: encodeCursor([task.start_at.toISOString(), task.id]),
      audit: encodeCursor([audit.id]),
      actorId: actor.actor_id,
      vendorId: vendor.vendor_id,
      auditFrom: recent.at.toISOString(),
    };
  } finally {
    await client.end();
  }
}

/** [name, route, service call, path and query under the organization, target p99 ms, kind]. */
function cases(m, c) {
  const q = (params) => (params ? `?${new URLSearchParams(params)}` : '');
  const ev = (id) => `/events/${id}`;
  const first = 'page';
  return [
    ['events, first page', 'events.list', ['events', 'list'], `/events`, 50, first],
    ['events, deepest page', 'events.list', ['events', 'list'], `/events${q({ cursor: c.event })}`, 50, first],
    ['events, status filter', 'events.list', ['events', 'list'], `/events${q({ status: 'production' })}`, 50, first],
    ['events, date range', 'events.list', ['events', 'list'], `/events${q({ from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' })}`, 50, first],
    ['events, sorted by name', 'events.list', ['events', 'list'], `/events${q({ sort: 'name' })}`, 50, first],
    ['events, search q=jazz', 'events.list', ['events', 'list'], `/events${q({ q: 'jazz' })}`, 100, 'search'],
    ['budget lines, 50k-line event, default page', 'budget.listLines', ['budgets', 'listLines', m.bigEvent], `${ev(m.bigEvent)}/budget/lines`, 50, first],
    ['budget lines, 50k-line event, deepest page', 'budget.listLines', ['budgets', 'listLines', m.bigEvent], `${ev(m.bigEvent)}/budget/lines${q({ cursor: c.line })}`, 50, first],
    ['budget lines, 50k-line event, limit=50', 'budget.listLines', ['budgets', 'listLines', m.bigEvent], `${ev(m.bigEvent)}/budget/lines${q({ limit: 50 })}`, 50, first],
    ['budget lines, 48-line event', 'budget.listLines', ['budgets', 'listLines', m.smallEvent], `${ev(m.smallEvent)}/budget/lines`, 50, first],
    ['budget summary, 50k-line event (kept)', 'budget.summary', ['budgets', 'summary', m.bigEvent], `${ev(m.bigEvent)}/budget/summary`, 50, 'summary'],
    ['expenses, 50k-line event, first page', 'budget.listExpenses', ['spend', 'listExpenses', m.bigEvent], `${ev(m.bigEvent)}/budget/expenses`, 50, first],
    ['expenses, status=submitted', 'budget.listExpenses', ['spend', 'listExpenses', m.bigEvent], `${ev(m.bigEvent)}/budget/expenses${q({ status: 'submitted' })}`, 50, first],
    ['tasks, 2,000-task event, default page', 'timeline.listTasks', ['tasks', 'list', m.scheduleEvent], `${ev(m.scheduleEvent)}/tasks`, 50, first],
    ['tasks, deepest page', 'timeline.listTasks', ['tasks', 'list', m.scheduleEvent], `${ev(m.scheduleEvent)}/tasks${q({ cursor: c.task })}`, 50, first],
    ['tasks, status=blocked', 'timeline.listTasks', ['tasks', 'list', m.scheduleEvent], `${ev(m.scheduleEvent)}/tasks${q({ status: 'blocked' })}`, 50, first],
    ['tasks, vendor filter', 'timeline.listTasks', ['tasks', 'list', m.scheduleEvent], `${ev(m.scheduleEvent)}/tasks${q({ vendorId: c.vendorId })}`, 50, first],
    ['tasks, search q=kopi', 'timeline.listTasks', ['tasks', 'list', m.scheduleEvent], `${ev(m.scheduleEvent)}/tasks${q({ q: 'kopi' })}`, 100, 'search'],
    ['dependencies, 5,000 of them, first page', 'timeline.listDependencies', ['dependencies', 'list', m.scheduleEvent], `${ev(m.scheduleEvent)}/dependencies`, 50, first],
    ['schedule (critical path), 2,000 tasks', 'timeline.schedule', ['schedule', 'schedule', m.scheduleEvent], `${ev(m.scheduleEvent)}/schedule`, 100, 'schedule'],
    ['audit log, first page', 'orgs.audit', ['audit', 'list'], `/audit`, 50, first],
    ['audit log, deep page', 'orgs.audit', ['audit', 'list'], `/audit${q({ cursor: c.audit })}`, 50, first],
    ['audit log, from=', 'orgs.audit', ['audit', 'list'], `/audit${q({ from: c.auditFrom })}`, 50, first],
    ['audit log, actor filter', 'orgs.audit', ['audit', 'list'], `/audit${q({ actorId: c.actorId })}`, 50, first],
    ['audit log, entityType=task', 'orgs.audit', ['audit', 'list'], `/audit${q({ entityType: 'task' })}`, 50, first],
    ['vendors, first page', 'timeline.listVendors', ['vendors', 'list'], `/vendors`, 50, first],
    ['vendors, category filter', 'timeline.listVendors', ['vendors', 'list'], `/vendors${q({ category: 'catering' })}`, 50, first],
    ['vendors, search q=senja', 'timeline.listVendors', ['vendors', 'list'], `/vendors${q({ q: 'senja' })}`, 100, 'search'],
    ['members', 'orgs.listMembers', ['members', 'list'], `/members`, 50, first],
    ['/api/me, user in 100 organizations', 'me.get', ['me', 'get'], null, 50, first],
  ].filter(([name]) => !ONLY || ONLY.test(name));
}

function verdict(api, bare, target, kind) {
  const misses = [];
  if (api.latency.p99 >= target) misses.push(`p99 ≥ ${target}`);
  if (kind === 'page' && api.requests.average < 0.7 * bare.requests.average) misses.push('< 70 % of bare');
  if (api.requests.total === 0) misses.push('no response in time');
  if (api.non2xx > 0 || api.errors > 0 || api.timeouts > 0) misses.push(`${api.non2xx} non-2xx, ${api.errors} errors, ${api.timeouts} timeouts`);
  return misses.length ? `MISS: ${misses.join('; ')}` : 'ok';
}

async function main() {
  const { url: serverUrl, marker: markerPath, stop } = await server();
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  const url = withDatabase(serverUrl, DB_NAME);
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB_NAME])).rows.length > 0;
  let marker = exists ? await seededMarker(url, markerPath) : null;
  if (!marker) {
    // A fresh database: nothing half-seeded by an interrupted run survives.
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
  }
  await admin.end();
  let apiProcess;
  let bare;
  try {
    await migrate(url);
    const apiPort = Number(process.env.BENCH_API_PORT ?? (await freePort()));
    const base = `http://127.0.0.1:${apiPort}`;
    apiProcess = await serve(join(ROOT, 'apps/api/dist/main.js'), {
      NODE_ENV: 'production', DATABASE_URL: url, PORT: String(apiPort), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false',
    }, `${base}/api/health`);
    if (marker) log(`using the data seeded ${marker.seededAt} (scale ${marker.scale}):`, marker.counts);
    else marker = await seedNow(url, markerPath, base);

    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: marker.email, password: PASSWORD }) });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const cookie = login.headers.get('set-cookie').split(';')[0];
    const me = await login.json();
    if (me.memberships.length !== 100) throw new Error(`the benchmark user is in ${me.memberships.length} organizations, not 100`);
    const summary = (await json(`${base}/api/orgs/${marker.orgId}/events/${marker.bigEvent}/budget/summary`, { headers: { cookie } })).body;
    if (summary.lineCount !== 50_000) throw new Error(`the largest budget's summary counts ${summary.lineCount} lines`);

    const list = cases(marker, await deepCursors(url, marker));
    const barePort = await freePort();
    const bareBase = `http://127.0.0.1:${barePort}`;
    bare = await serve(join(ROOT, 'tests/bench/scale-bare.mjs'), {
      DATABASE_URL: url, PORT: String(barePort), ORG_ID: marker.orgId, USER_ID: marker.userId,
      CASES: JSON.stringify(list.map(([, route, call]) => ({ route, call }))),
    }, `${bareBase}/health`);

    const rows = [];
    for (const [index, [name, , , path, target, kind]] of list.entries()) {
      const apiUrl = path === null ? `${base}/api/me` : `${base}/api/orgs/${marker.orgId}${path}`;
      const query = path?.includes('?') ? path.slice(path.indexOf('?')) : '';
      const bareUrl = `${bareBase}/c/${index}${query}`;
      const check = await fetch(apiUrl, { headers: { cookie } });
      const size = (await check.arrayBuffer()).byteLength;
      if (check.status !== 200) throw new Error(`${name}: ${check.status}`);
      // Warm-up: every pooled connection past its fifth execution, so generic plans are in play.
      await load(apiUrl, { cookie }, 1);
      await load(bareUrl, {}, 1);
      // API and bare alternate in rounds, so both see the same machine (others' builds come and go).
      const apiRounds = [];
      const bareRounds = [];
      for (let round = 0; round < ROUNDS; round++) {
        apiRounds.push(await load(apiUrl, { cookie }, SECONDS / ROUNDS));
        // Requests the load tool gave up on may still be queued: let each server drain first.
        await fetch(apiUrl, { headers: { cookie } }).then((r) => r.arrayBuffer());
        bareRounds.push(await load(bareUrl, {}, SECONDS / ROUNDS));
        await fetch(bareUrl).then((r) => r.arrayBuffer());
      }
      const apiRun = combine(apiRounds);
      const bareRun = combine(bareRounds);
      const row = { name, size, api: apiRun, bare: bareRun, target, kind, verdict: verdict(apiRun, bareRun, target, kind) };
      rows.push(row);
      log(`${name}: API p99 ${apiRun.latency.p99} ms, ${apiRun.requests.average.toFixed(0)} req/s; bare p99 ${bareRun.latency.p99} ms, ${bareRun.requests.average.toFixed(0)} req/s — ${row.verdict}`);
    }
    // /api/health while 200 connections load the largest budget's lines (four times the pool's
    // worth of waiting requests): it must keep answering, and the rest must be 2xx or 503, never 500.
    const heavy = `${base}/api/orgs/${marker.orgId}/events/${marker.bigEvent}/budget/lines`;
    const [overload, health] = await Promise.all([
      loadWith({ url: heavy, connections: 200, duration: SECONDS, headers: { cookie } }),
      new Promise((r) => setTimeout(r, 500)).then(() => loadWith({ url: `${base}/api/health`, connections: 5, duration: Math.max(1, SECONDS - 1) })),
    ]);

    console.log(`\nRundown at production size (scale ${marker.scale}: ${marker.counts.organizations} organizations, ${marker.counts.events} events, ${marker.counts.lines} budget lines, ${marker.counts.tasks} tasks, ${marker.counts.audit} audit rows; ${marker.counts.size}), ${CONNECTIONS} connections, ${SECONDS} s each\n`);
    console.log('| endpoint | KB | API p50 / p99 ms | API req/s | bare p50 / p99 ms | bare req/s | API/bare | 5xx | target p99 | |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(
        `| ${r.name} | ${(r.size / 1024).toFixed(1)} | ${r.api.latency.p50} / ${r.api.latency.p99} | ${r.api.requests.average.toFixed(0)} | ${r.bare.latency.p50} / ${r.bare.latency.p99} | ${r.bare.requests.average.toFixed(0)} | ${((r.api.requests.average / r.bare.requests.average) * 100).toFixed(0)} % | ${r.api['5xx'] ?? 0} | < ${r.target} | ${r.verdict} |`,
      );
    }
    const codes = Object.entries(overload.statusCodeStats ?? {}).map(([code, { count }]) => `${count} × ${code}`).join(', ');
    console.log(`\nOverload, 200 connections on the 50k-line event's lines for ${SECONDS} s: ${codes || 'no answers'}, ${overload.timeouts} timeouts, p99 ${overload.latency.p99} ms`);
    console.log(`/api/health (5 connections) meanwhile: p50 ${health.latency.p50} ms, p99 ${health.latency.p99} ms, ${health.requests.total} requests, ${health.non2xx} non-2xx, ${health.timeouts} timeouts`);
    const missed = rows.filter((r) => r.verdict !== 'ok').length;
    console.log(missed ? `\n${missed} of ${rows.length} endpoints missed a target` : `\nall ${rows.length} endpoints within target`);
  } finally {
    apiProcess?.kill();
    bare?.kill();
    await new Promise((r) => setTimeout(r, 300));
    await stop();
  }
}

// Stopping the embedded server ends connections a library may still hold: not a failure of the run.
process.on('uncaughtException', (error) => {
  if (error?.code === '57P01') return;
  console.error(error);
  process.exit(1);
});

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

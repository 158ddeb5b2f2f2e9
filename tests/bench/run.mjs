// pnpm bench: seeds an event with 10,000 budget lines and 20,000 expenses and prints
// the budget figures the issue asks for. Loopback only; bounded in time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { startEmbeddedPostgres } from '@rundown/api/database/embedded-postgres.js';
import { migrate } from '@rundown/api/database/migrate.js';

const LINES = Number(process.env.BENCH_LINES ?? 10_000);
const EXPENSES = Number(process.env.BENCH_EXPENSES ?? 20_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

const withDatabase = (url, db) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

async function database() {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (server) return { server, stop: async () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'rundown-bench-pg-'));
  const pgServer = await startEmbeddedPostgres(dir, console.error);
  return { server: pgServer.url, stop: async () => { await pgServer.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Servers run in their own processes, so the load generator does not share their event loop. */
async function serve(script, env, readyUrl) {
  const child = fork(fileURLToPath(script), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${script} did not start`);
}

function load(url, headers) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main() {
  const { server, stop } = await database();
  const name = `rundown_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(server, name);
  const figures = [];
  let api;
  let bare;
  let pool;
  try {
    await migrate(url);
    const apiPort = await freePort();
    const base = `http://127.0.0.1:${apiPort}`;
    api = await serve(new URL('../../apps/api/dist/main.js', import.meta.url), {
      NODE_ENV: 'production', DATABASE_URL: url, PORT: String(apiPort), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_POOL_SIZE: '20',
    }, `${base}/api/health`);

    const signup = await fetch(`${base}/api/auth/signup`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench-${process.pid}@example.id`, password: 'lampu panggung 42', name: 'Bench', organizationName: 'Bench Org' }),
    });
    const cookie = signup.headers.get('set-cookie').split(';')[0];
    const me = await signup.json();
    const orgId = me.memberships[0].organizationId;
    const csrf = (await (await fetch(`${base}/api/auth/csrf`, { headers: { cookie } })).json()).token;
    const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
    const event = await (await fetch(`${base}/api/orgs/${orgId}/events`, {
      method: 'POST', headers,
      body: JSON.stringify({ name: 'Festival Bench', kind: 'live_event', startAt: '2027-06-01T10:00:00+07:00', endAt: '2027-06-03T23:00:00+07:00', timeZone: 'Asia/Jakarta', currency: 'IDR' }),
    })).json();
    const budgetUrl = `${base}/api/orgs/${orgId}/events/${event.id}/budget`;
    const budget = await (await fetch(budgetUrl, { headers: { cookie } })).json();
    const categories = budget.categories.map((c) => c.name);

    const rows = Array.from({ length: LINES }, (_, i) => ({
      category: categories[i % categories.length], description: `Item ${i + 1}`, quantity: String(1 + (i % 7)), unit: 'day',
      rate: String(100_000 + ((i * 7919) % 5_000_000)), multiplier: String(1 + (i % 3)),
    }));
    let start = process.hrtime.bigint();
    const imported = await fetch(`${budgetUrl}/lines/import`, { method: 'POST', headers: { ...headers, 'idempotency-key': `bench-${process.pid}` }, body: JSON.stringify({ rows }) });
    const importMs = ms(start);
    if (imported.status !== 201) throw new Error(`import failed: ${imported.status} ${await imported.text()}`);
    figures.push(['CSV import of lines (API, all-or-nothing)', `${LINES} lines`, `${importMs.toFixed(0)} ms`, 'target < 5000 ms']);

    pool = new pg.Pool({ connectionString: url, max: 20 });
    pool.on('error', () => {});
    start = process.hrtime.bigint();
    await pool.query(
      `INSERT INTO expenses (organization_id, budget_id, line_id, spent_on, payee, amount, currency, exchange_rate, amount_budget, status)
       SELECT l.organization_id, l.budget_id, l.id, date '2027-05-01' + (g % 30), 'Vendor ' || (g % 200), 10000 + g, 'IDR', 1, 10000 + g,
              (ARRAY['approved', 'paid', 'submitted'])[1 + g % 3]
         FROM generate_series(1, $1) g
         JOIN LATERAL (SELECT id, organization_id, budget_id FROM budget_lines WHERE budget_id = $2 ORDER BY sort_order OFFSET (g % $3) LIMIT 1) l ON true`,
      [EXPENSES, budget.id, LINES],
    );
    // Setup wrote expenses behind the API's back: bring the maintained line and category totals in step.
    await pool.query(
      `UPDATE budget_lines l SET actual = x.actual, paid = x.paid, pending_expenses = x.pending, pending_amount = x.pending_amount
         FROM (SELECT line_id, coalesce(sum(amount_budget) FILTER (WHERE status IN ('approved', 'paid')), 0) AS actual,
                      coalesce(sum(amount_budget) FILTER (WHERE status = 'paid'), 0) AS paid, count(*) FILTER (WHERE status = 'submitted') AS pending,
                      coalesce(sum(amount_budget) FILTER (WHERE status = 'submitted'), 0) AS pending_amount
                 FROM expenses GROUP BY line_id) x
        WHERE x.line_id = l.id`,
    );
    await pool.query(
      `UPDATE budget_category_totals t SET actual = l.actual, paid = l.paid, pending_expenses = l.pending, pending_amount = l.pending_amount
         FROM (SELECT category_id, sum(actual) AS actual, sum(paid) AS paid, sum(pending_expenses) AS pending, sum(pending_amount) AS pending_amount
                 FROM budget_lines GROUP BY category_id) l
        WHERE l.category_id = t.category_id`,
    );
    await pool.query('ANALYZE');
    figures.push(['seed expenses (SQL, setup only)', `${EXPENSES} expenses`, `${ms(start).toFixed(0)} ms`, '']);

    const summaryUrl = `${budgetUrl}/summary`;
    const check = await (await fetch(summaryUrl, { headers: { cookie } })).json();
    if (check.lineCount !== LINES) throw new Error(`summary saw ${check.lineCount} lines`);

    const barePort = await freePort();
    const bareUrl = `http://127.0.0.1:${barePort}/summary`;
    bare = await serve(new URL('./bare-summary-server.mjs', import.meta.url), { DATABASE_URL: url, ORG_ID: orgId, EVENT_ID: event.id, PORT: String(barePort) }, bareUrl);

    await load(summaryUrl, { cookie }); // warm-up, discarded
    await load(bareUrl, {});
    const apiRun = await load(summaryUrl, { cookie });
    const reference = await load(bareUrl, {});
    const ratio = apiRun.requests.average / reference.requests.average;
    figures.push([`budget summary, Rundown API (${CONNECTIONS} connections, ${DURATION}s)`, `${apiRun.requests.average.toFixed(0)} req/s`, `p50 ${apiRun.latency.p50} ms, p99 ${apiRun.latency.p99} ms`, 'target p99 < 50 ms']);
    figures.push(['same SQL, bare Fastify + pg', `${reference.requests.average.toFixed(0)} req/s`, `p50 ${reference.latency.p50} ms, p99 ${reference.latency.p99} ms`, '']);
    figures.push(['API throughput / bare handler', `${(ratio * 100).toFixed(0)} %`, '', 'target >= 50 %']);
    if (apiRun.non2xx > 0 || apiRun.errors > 0) figures.push(['API errors during load', `${apiRun.non2xx} non-2xx, ${apiRun.errors} errors`, '', '']);
  } finally {
    bare?.kill();
    api?.kill();
    await new Promise((r) => setTimeout(r, 300));
    await pool?.end();
    if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await stop();
  }
  console.log('\nRundown benchmark — budgets');
  for (const [what, a, b, target] of figures) console.log(`  ${what.padEnd(58)} ${String(a).padEnd(16)} ${String(b).padEnd(26)} ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

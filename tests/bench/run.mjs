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
import { benchBudget } from './budget.mjs';
import { benchLive } from './live.mjs';
import { CONNECTIONS, DURATION, signUp } from './session.mjs';
import { benchTimeline } from './timeline.mjs';
import { benchTransfer } from './transfer.mjs';

const withDatabase = (url, db) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();

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

/**
 * An API route and the same SQL behind the bare server (`bareEnv` picks its route), each under
 * the same load after a discarded warm-up. Returns both autocannon results.
 */
async function loadAgainstBare(url, apiUrl, headers, bareEnv, barePath) {
  const port = await freePort();
  const bareUrl = `http://127.0.0.1:${port}${barePath}`;
  const bare = await serve(new URL('./bare-server.mjs', import.meta.url), { DATABASE_URL: url, PORT: String(port), ...bareEnv }, bareUrl);
  try {
    await load(apiUrl, headers);
    await load(bareUrl, {});
    return { api: await load(apiUrl, headers), bare: await load(bareUrl, {}) };
  } finally {
    bare.kill();
  }
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
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on('error', () => {});
  try {
    await migrate(url);
    const apiPort = await freePort();
    const base = `http://127.0.0.1:${apiPort}`;
    api = await serve(new URL('../../apps/api/dist/main.js', import.meta.url), {
      NODE_ENV: 'production', DATABASE_URL: url, PORT: String(apiPort), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_POOL_SIZE: '20',
    }, `${base}/api/health`);

    const session = await signUp(base, 'bench');
    const againstBare = (apiUrl, headers, bareEnv, barePath) => loadAgainstBare(url, apiUrl, headers, bareEnv, barePath);
    figures.push(...(await benchBudget({ base, pool, session, againstBare, load })));
    figures.push(...(await benchTimeline({ base, pool, session, againstBare, load })));
    figures.push(...(await benchLive({ base, session })));
    figures.push(...(await benchTransfer({ base })));
  } finally {
    api?.kill();
    await new Promise((r) => setTimeout(r, 300));
    await pool?.end();
    if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await stop();
  }
  console.log('\nRundown benchmark');
  for (const [what, a, b, target] of figures) console.log(`  ${what.padEnd(58)} ${String(a).padEnd(16)} ${String(b).padEnd(26)} ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

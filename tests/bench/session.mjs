/** Every load run: autocannon with this many connections for this many seconds. */
export const CONNECTIONS = 50;
export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

/** The figure rows of an API route loaded against the bare handler (see run.mjs `loadAgainstBare`). */
export function loadRows(what, target, { api, bare }) {
  const rate = (run) => `${run.requests.average.toFixed(0)} req/s`;
  const latency = (run) => `p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms`;
  const rows = [
    [`${what} (${CONNECTIONS} connections, ${DURATION}s)`, rate(api), latency(api), target],
    ['same SQL, bare Fastify + pg', rate(bare), latency(bare), ''],
  ];
  if (api.non2xx > 0 || api.errors > 0) rows.push(['API errors during load', `${api.non2xx} non-2xx, ${api.errors} errors`, '', '']);
  return rows;
}

/**
 * A load run while something the route shows changes every 100 ms (`change(n)` makes the n-th
 * change): what a kept answer costs when it keeps being dropped. Returns the figure row.
 */
export async function loadWhileChanging(load, url, headers, what, change) {
  let changes = 0;
  let tick = 0;
  const timer = setInterval(() => change(tick++).then(() => (changes += 1), () => {}), 100);
  const run = await load(url, headers).finally(() => clearInterval(timer));
  return [`  the same while ${what} changes every 100 ms`, `${run.requests.average.toFixed(0)} req/s`, `p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms`, `${changes} changes made`];
}

/** Signs up a fresh organization through the API and returns what later calls need. */
export async function signUp(base, label) {
  const signup = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${label}-${process.pid}-${Date.now()}@example.id`, password: 'lampu panggung 42', name: 'Bench', organizationName: `${label} org` }),
  });
  if (signup.status !== 201) throw new Error(`sign-up failed: ${signup.status} ${await signup.text()}`);
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  const me = await signup.json();
  const csrf = (await (await fetch(`${base}/api/auth/csrf`, { headers: { cookie } })).json()).token;
  return { cookie, me, orgId: me.memberships[0].organizationId, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' } };
}

export async function createEvent(base, session, name) {
  const res = await fetch(`${base}/api/orgs/${session.orgId}/events`, {
    method: 'POST',
    headers: session.headers,
    body: JSON.stringify({ name, kind: 'live_event', startAt: '2027-06-01T10:00:00+07:00', endAt: '2027-06-03T23:00:00+07:00', timeZone: 'Asia/Jakarta', currency: 'IDR' }),
  });
  return res.json();
}

export const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

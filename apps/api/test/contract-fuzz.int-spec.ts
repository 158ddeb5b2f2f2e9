import { allRoutes, type RouteDef } from '@rundown/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { join, jakartaEvent, TestClient } from './client.js';
import { encodeComponent, RAW_BODIES, SchemaArbitraries, toQueryString, type Pools } from './contract-fuzz.js';
import { useTestApp } from './harness.js';

/**
 * Every contract route, called through HTTP by a signed-in owner with inputs generated from its
 * own zod schemas (params, query, body): valid values at their bounds, and NUL, lone surrogates,
 * bounds ±1, years 0000 and 10000, huge and negative numbers, wrong types, extra fields and raw
 * bodies that are not JSON or not UTF-8. No answer may be a 5xx, and every 4xx is problem+json.
 * The collection comes from `allRoutes()`, so a route added to any contract file is covered.
 */
const t = useTestApp(process.env.FUZZ_LOG ? { LOG_LEVEL: 'error' } : {});
const CASES_PER_ROUTE = Number(process.env.FUZZ_CASES_PER_ROUTE ?? 28);
const SEED = Number(process.env.FUZZ_SEED ?? 20261219);

type Failure = { route: string; status: number; detail: string; input: string };

const isSessionEnding = (r: RouteDef) => r.path === '/api/auth/logout';
const isDestructive = (r: RouteDef) => r.method === 'DELETE' || r.path.endsWith('/leave') || r.path.endsWith('/sign-out-others');

async function fixtures(owner: TestClient): Promise<{ pools: Pools; day: string; vendorUser: TestClient }> {
  const org = owner.orgId;
  const ok = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, any>;
  };
  const crew = await join(t.app, owner, 'crew');
  const members = ok(await owner.get(`/api/orgs/${org}/members`), 'members');
  const crewMember = members.items.find((m: { userId: string }) => m.userId === crew.me!.user.id);
  const invitation = ok(await owner.post(`/api/orgs/${org}/invitations`, { email: 'invited-fuzz@example.id', role: 'coordinator' }), 'invitation');
  const token = ok(await owner.post('/api/me/tokens', { name: 'fuzz' }), 'token');
  const event = ok(await owner.post(`/api/orgs/${org}/events`, jakartaEvent()), 'event');
  const E = `/api/orgs/${org}/events/${event.id}`;
  ok(await owner.get(`${E}/budget`), 'budget');
  const category = ok(await owner.post(`${E}/budget/categories`, { name: 'Sound' }), 'category');
  const fringe = ok(await owner.post(`/api/orgs/${org}/fringes`, { kind: 'percent', name: 'PPN', basisPoints: 1100 }), 'fringe');
  const line = ok(await owner.post(`${E}/budget/lines`, { categoryId: category.id, description: 'Line array', rate: '1500000', fringeIds: [fringe.id] }), 'line');
  const commitment = ok(await owner.post(`${E}/budget/commitments`, { lineId: line.id, vendor: 'PT Suara', issuedOn: '2026-12-01', amount: '500000', currency: 'IDR' }), 'commitment');
  const expense = ok(await owner.post(`${E}/budget/expenses`, { lineId: line.id, payee: 'PT Suara', spentOn: '2026-12-02', amount: '100000', currency: 'IDR' }), 'expense');
  const budgetBaseline = ok(await owner.post(`${E}/budget/baselines`, { name: 'Approved' }), 'budget baseline');
  const template = ok(await owner.post(`/api/orgs/${org}/budget-templates`, { name: 'Concert', eventId: event.id }), 'template');
  const vendor = ok(await owner.post(`/api/orgs/${org}/vendors`, { name: 'PT Panggung', category: 'stage' }), 'vendor');
  const phase = ok(await owner.post(`${E}/tasks`, { title: 'Build', kind: 'phase', startAt: '2026-12-17T01:00:00Z', endAt: '2026-12-19T09:00:00Z' }), 'phase');
  const first = ok(await owner.post(`${E}/tasks`, { title: 'Load-in', parentId: phase.id, startAt: '2026-12-17T01:00:00Z', endAt: '2026-12-17T09:00:00Z', vendorId: vendor.id, checklist: [{ title: 'Cables' }] }), 'task');
  const second = ok(await owner.post(`${E}/tasks`, { title: 'Sound check', startAt: '2026-12-18T01:00:00Z', endAt: '2026-12-18T05:00:00Z', assigneeIds: [crew.me!.user.id] }), 'task 2');
  const dependency = ok(await owner.post(`${E}/dependencies`, { predecessorId: first.id, successorId: second.id, lagMinutes: 60 }), 'dependency');
  ok(await owner.post(`${E}/tasks/${first.id}/comments`, { body: 'Bawa genset' }), 'comment');
  const attachment = ok(await owner.post(`${E}/tasks/${first.id}/attachments`, { filename: 'rider.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4').toString('base64') }), 'attachment');
  const scheduleBaseline = ok(await owner.post(`${E}/schedule/baselines`, { name: 'Plan A' }), 'schedule baseline');
  const tasks = ok(await owner.get(`${E}/tasks`), 'tasks');
  const itemIds = tasks.items.flatMap((task: { checklist: { id: string }[] }) => task.checklist.map((i) => i.id));
  const day = '2026-12-19';
  const rundown = ok(await owner.request('PUT', `${E}/rundown/${day}`, { body: { startsAt: '2026-12-19T12:00:00Z' }, headers: { 'if-none-match': '*' } }), 'rundown day');
  const cueRes = ok(await owner.request('POST', `${E}/rundown/${day}/cues`, { body: { title: 'Opening', durationSeconds: 600 }, headers: { 'if-match': `"${rundown.version ?? 0}"` } }), 'cue');
  const cueIds = ((cueRes.cues ?? [cueRes]) as { id: string }[]).map((c) => c.id);
  const vendorInvite = ok(await owner.post(`/api/orgs/${org}/vendors/${vendor.id}/invitations`, { email: 'vendor-fuzz@example.id' }), 'vendor invitation');
  const vendorUser = new TestClient(t.app);
  ok(await vendorUser.post(`/api/invitations/${vendorInvite.token}/register`, { name: 'Vendor', password: 'lampu panggung 42' }), 'vendor user');
  const feed = ok(await owner.post('/api/me/calendar-feeds'), 'feed');
  const eventFeed = ok(await owner.post(`${E}/calendar-feeds`), 'event feed');
  const feedToken = (url: string) => url.split('/').pop()!;
  const userIds = [owner.me!.user.id, crew.me!.user.id];

  const ids = [event.id, category.id, fringe.id, line.id, commitment.id, expense.id, budgetBaseline.id, template.id, vendor.id, phase.id, first.id, second.id, dependency.id, attachment.id, scheduleBaseline.id, ...itemIds, ...cueIds, feed.id];
  const pools: Pools = {
    '*': ids,
    orgId: [org],
    eventId: [event.id],
    categoryId: [category.id],
    parentId: [phase.id, category.id],
    fringeId: [fringe.id],
    fringeIds: [fringe.id],
    lineId: [line.id],
    commitmentId: [commitment.id],
    expenseId: [expense.id],
    baselineId: [budgetBaseline.id, scheduleBaseline.id],
    templateId: [template.id],
    vendorId: [vendor.id],
    taskId: [first.id, second.id, phase.id],
    predecessorId: [first.id, second.id, phase.id],
    successorId: [first.id, second.id, phase.id],
    dependencyId: [dependency.id],
    itemId: itemIds,
    attachmentId: [attachment.id],
    cueId: cueIds,
    feedId: [feed.id, eventFeed.id],
    memberId: [crewMember.id],
    invitationId: [invitation.id],
    id: [token.id],
    token: [invitation.token, feedToken(feed.url), feedToken(eventFeed.url)],
    assigneeId: userIds,
    assigneeIds: userIds,
    userId: userIds,
    actorId: userIds,
    day: [day, '0001-01-01', '9999-12-31'],
    currency: ['IDR', 'USD', 'JPY', 'KWD'],
    defaultCurrency: ['IDR', 'USD'],
    timeZone: ['Asia/Jakarta', 'Pacific/Kiritimati', 'Etc/GMT+12'],
    entityType: ['event', 'task', 'budget_line'],
    email: ['fuzz-owner@example.id', owner.me!.user.email, 'invited-fuzz@example.id', `${'a'.repeat(64)}@${'b'.repeat(60)}.example.id`],
    password: ['lampu panggung 42', 'a much longer passphrase for the fuzz'],
  };
  return { pools, day, vendorUser };
}

/** The version last seen for each resource, from every JSON answer (`{ id, version }` anywhere in it). */
function learnVersions(body: unknown, versions: Map<string, number>, depth = 0): void {
  if (depth > 4 || !body || typeof body !== 'object') return;
  if (Array.isArray(body)) return body.forEach((item) => learnVersions(item, versions, depth + 1));
  const record = body as Record<string, unknown>;
  if (typeof record.version === 'number') {
    if (typeof record.id === 'string') versions.set(record.id, record.version);
    if (typeof record.day === 'string') versions.set(record.day, record.version);
  }
  for (const value of Object.values(record)) if (value && typeof value === 'object') learnVersions(value, versions, depth + 1);
}

describe('schema-driven input on every contract route', () => {
  it('never answers 5xx, and every 4xx is problem+json', { timeout: 600_000 }, async () => {
    const owner = await new TestClient(t.app).signup('fuzz');
    const { pools, vendorUser } = await fixtures(owner);
    // Public routes are called without a session (a sign-up or login would replace the owner's);
    // a vendor's "My tasks" routes by the vendor user; everything else by the owner.
    const clientFor = (route: RouteDef) => (route.access.kind === 'public' ? new TestClient(t.app) : route.path.startsWith('/api/me/tasks') ? vendorUser : owner);
    const arbitraries = new SchemaArbitraries(pools);
    const versions = new Map<string, number>();
    const routes = allRoutes();
    // An event stream that opens never ends: its cases always carry a malformed path parameter.
    const streaming = (r: RouteDef) => r.produces === 'text/event-stream';

    const malformed = fc.constantFrom('not-a-uuid', '\u0000', '\ud800', 'x'.repeat(101), '0000-01-01', '10000-01-01', '..%2F..', '2026-02-30');
    const paramValue = (name: string) =>
      fc.oneof(
        { weight: 16, arbitrary: fc.constantFrom(...(pools[name] ?? pools['*']!)) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: malformed },
      );
    type Case = { params: Record<string, string>; query: unknown; body: unknown; raw: string | Buffer | null; csrf: boolean };
    const caseFor = (route: RouteDef): fc.Arbitrary<Case> => {
      const names = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
      const record: Record<string, fc.Arbitrary<string>> = {};
      for (const name of names) record[name] = paramValue(name);
      if (streaming(route)) record[names.at(-1)!] = malformed;
      // Per case, how hostile it is: 0 (all valid, so it reaches the handler), a field now and then, or many.
      return fc.constantFrom(0, 0, 1, 3, 12).chain((hostile) =>
        fc.record({
          params: fc.record(record),
          query: route.query ? arbitraries.of(route.query, 'query', hostile) : fc.constant(undefined),
          body: route.body ? arbitraries.of(route.body, 'body', hostile) : fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, fc.constant({ extra: 1 })),
          raw: fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, fc.constantFrom(...RAW_BODIES)),
          csrf: fc.oneof({ weight: 30, arbitrary: fc.constant(true) }, fc.constant(false)),
        }),
      );
    };

    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    const perRoute = new Map<string, string[]>();
    let cases = 0;
    let reachedHandler = 0;
    const run = async (route: RouteDef, c: Case) => {
      const url = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeComponent(c.params[name] ?? 'x')) + toQueryString(c.query);
      const headers: Record<string, string> = {};
      if (route.method !== 'GET' && route.method !== 'POST') {
        const last = [...route.path.matchAll(/:([A-Za-z]+)/g)].pop()?.[1];
        const known = versions.get(last ? (c.params[last] ?? '') : '');
        // A resource that may be created by its PUT (a rundown day) is created with If-None-Match: *.
        if (known === undefined && route.createIfAbsent) headers['if-none-match'] = '*';
        else headers['if-match'] = `"${known ?? 1}"`;
      }
      if (route.method === 'POST' && c.params.day) headers['if-match'] = `"${versions.get(c.params.day) ?? 1}"`;
      const body = c.raw ?? (c.body === undefined ? undefined : JSON.stringify(c.body));
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await clientFor(route).request(route.method, url, { body: body as string | undefined, headers, csrf: c.csrf });
      cases += 1;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (process.env.FUZZ_REPORT) perRoute.set(`${route.method} ${route.path}`, [...(perRoute.get(`${route.method} ${route.path}`) ?? []), `${res.status}${res.status >= 400 ? `:${res.body?.code}` : ''}`]);
      if (res.status < 300 && typeof res.body === 'object') learnVersions(res.body, versions);
      if (!(res.status === 400 && res.body?.code === 'validation_failed')) reachedHandler += 1;
      const input = JSON.stringify({ url: url.slice(0, 300), body: typeof body === 'string' ? body.slice(0, 300) : body ? '<bytes>' : undefined });
      const where = `${route.method} ${route.path}`;
      if (res.status >= 500) failures.push({ route: where, status: res.status, detail: JSON.stringify(res.body).slice(0, 200), input });
      else if (res.status >= 400) {
        const problem = String(res.headers['content-type'] ?? '').startsWith('application/problem+json') && typeof res.body?.code === 'string' && typeof res.body?.requestId === 'string';
        if (!problem) failures.push({ route: where, status: res.status, detail: `not problem+json: ${String(res.headers['content-type'])}`, input });
      }
    };

    const started = performance.now();
    const sample = (route: RouteDef, i: number) => fc.sample(caseFor(route), { numRuns: CASES_PER_ROUTE, seed: SEED + i });
    const ordered = [...routes.filter((r) => !isDestructive(r) && !isSessionEnding(r)), ...routes.filter((r) => isDestructive(r) && !isSessionEnding(r)), ...routes.filter(isSessionEnding)];
    // Within the non-destructive routes, cases interleave (round-robin), so each route sees the state the others leave.
    const phaseOne = ordered.filter((r) => !isDestructive(r) && !isSessionEnding(r));
    const samples = new Map(ordered.map((r, i) => [r, sample(r, i)] as const));
    for (let k = 0; k < CASES_PER_ROUTE; k += 1) for (const route of phaseOne) await run(route, samples.get(route)![k]!);
    for (const route of ordered.filter((r) => !phaseOne.includes(r))) for (const c of samples.get(route)!) await run(route, c);
    const seconds = (performance.now() - started) / 1000;

    const byClass = new Map<string, Failure[]>();
    for (const f of failures) byClass.set(`${f.route} → ${f.status}`, [...(byClass.get(`${f.route} → ${f.status}`) ?? []), f]);
    console.log(
      `contract fuzz: ${cases} cases over ${routes.length} routes (${CASES_PER_ROUTE} each, seed ${SEED}) in ${seconds.toFixed(1)} s; ` +
        `${reachedHandler} passed input validation; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; ` +
        `event streams (malformed parameters only): ${routes.filter(streaming).length}`,
    );
    if (process.env.FUZZ_REPORT) {
      for (const [where, list] of perRoute) {
        const counts = new Map<string, number>();
        for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
        console.log(`${where}: ${[...counts].map(([k, v]) => `${k}×${v}`).join(' ')}`);
      }
    }
    for (const [cls, list] of byClass) console.log(`FAIL ${cls} ×${list.length}: ${list[0]!.detail} ← ${list[0]!.input}`);
    expect([...byClass.keys()]).toEqual([]);
    expect(cases).toBe(routes.length * CASES_PER_ROUTE);
  });
});

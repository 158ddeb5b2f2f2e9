// The regression guard of issue 15: on a small seeded skew (one budget of 20,000 lines among many
// small ones, a 3,000-task schedule, 20,000 audit rows), every list statement the API sends is run
// ten times as the API runs it (named prepared statement, same scope) — so PostgreSQL's generic
// plan is in play — and then EXPLAINed: no sequential scan, and no sort over more rows than the page.
import { allRoutes, pathFor, type RouteDef } from '@rundown/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

type Captured = { text: string; values: unknown[]; scope: string | null; route: string; perCall: boolean };
type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
};

/** Statements the app's pool sends, with the scope statement that opened their transaction. */
const captured: Captured[] = [];
let capturing: string | null = null;
const originalQuery = pg.Client.prototype.query;

function startCapture() {
  const lastScope = new WeakMap<object, string>();
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
    if (capturing) {
      if (typeof config === 'string' && config.startsWith('BEGIN')) lastScope.set(this, config);
      else if (config === 'COMMIT' || config === 'ROLLBACK') lastScope.delete(this);
      else if (config && typeof config === 'object' && 'text' in config) {
        const { text, values, name } = config as { text: string; values?: unknown[]; name?: string };
        captured.push({ text, values: values ?? [], scope: lastScope.get(this) ?? null, route: capturing, perCall: !name });
      }
    }
    return (originalQuery as (...args: unknown[]) => unknown).call(this, config, ...rest);
  } as typeof pg.Client.prototype.query;
}

/** A parameter as an SQL literal for `EXECUTE name(…)`; PostgreSQL coerces it to the parameter's type. */
function literal(client: pg.Client, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return client.escapeLiteral(value.toISOString());
  if (Array.isArray(value)) return client.escapeLiteral(`{${value.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
  return client.escapeLiteral(String(value));
}

/** The plan in one line, for the failure message: `Limit > Sort > Bitmap Heap Scan(tasks) …`. */
function outline(plan: PlanNode): string {
  const name = plan['Relation Name'] ?? plan['Index Name'];
  const children = (plan.Plans ?? []).map(outline);
  return `${plan['Node Type']}${name ? `(${name})` : ''}${children.length ? ` > [${children.join(', ')}]` : ''}`;
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The page size a list statement asks for: the value its LIMIT parameter carries. */
function pageSize(statement: Captured): number {
  const match = /LIMIT \$(\d+)\s*\)?\s*(,|$|\n|\))/.exec(statement.text) ?? /LIMIT \$(\d+)/.exec(statement.text);
  const literalLimit = /LIMIT (\d+)/.exec(statement.text);
  if (match) return Number(statement.values[Number(match[1]) - 1]);
  return literalLimit ? Number(literalLimit[1]) : Number.POSITIVE_INFINITY;
}

/** What is wrong with a statement's plan after ten executions, or nothing. */
async function problems(client: pg.Client, statement: Captured, index: number, small: Set<string>): Promise<string[]> {
  await client.query(statement.scope ?? 'BEGIN');
  try {
    const name = `guard_${index}`;
    // A statement the app sends unnamed is planned for its parameters every time: replayed as such.
    if (statement.perCall) await client.query(`SET LOCAL plan_cache_mode = force_custom_plan`);
    for (let i = 0; i < 10; i++) await client.query({ name, text: statement.text, values: statement.values });
    const args = statement.values.length ? `(${statement.values.map((v) => literal(client, v)).join(', ')})` : '';
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE ${name}${args}`);
    const plan = (rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
    const page = pageSize(statement);
    const found: string[] = [];
    // Nodes that never ran (a policy's branch for another scope, say) cost nothing.
    for (const node of nodes(plan).filter((n) => (n['Actual Loops'] ?? 0) > 0)) {
      if (node['Node Type'] === 'Seq Scan' && !small.has(node['Relation Name']!)) found.push(`sequential scan on ${node['Relation Name']}`);
      // A text search sorts what it matched: an ordered scan would read the rows that do not match.
      const sorts = node['Node Type'] === 'Sort' || node['Node Type'] === 'Incremental Sort';
      if (sorts && !/ ILIKE /.test(statement.text) && statement.route !== SORTS_ITS_ORGANIZATION) {
        const input = (node.Plans ?? [])
          .filter((child) => child['Parent Relationship'] === 'Outer')
          .reduce((n, child) => n + (child['Actual Rows'] ?? 0) * (child['Actual Loops'] ?? 1), 0);
        if (input > page) found.push(`sort over ${input} rows for a page of ${page}`);
      }
    }
    return found.length ? [...found, `plan: ${outline(plan)}`] : found;
  } finally {
    await client.query('ROLLBACK');
  }
}

/**
 * The one list accepted with a sort: members. The memberships policy (`organization_id =
 * app_org_id() OR user_id = app_user_id()`) is indexable on both arms, so PostgreSQL reads the
 * organization's memberships by a BitmapOr and sorts them — even planned for the exact parameters —
 * rather than walking (organization_id, created_at, id) in order. An organization's members are
 * hundreds to a few thousand rows: a few milliseconds (docs/scaling.md).
 */
const SORTS_ITS_ORGANIZATION = '/api/orgs/:orgId/members';

describe('list statements on skewed data (generic plans in play)', () => {
  let owner: TestClient;
  const ids = {} as Record<'org' | 'user' | 'bigEvent' | 'taskEvent' | 'line' | 'task' | 'vendor' | 'actor' | 'location', string>;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('plans');
    ids.org = owner.orgId;
    ids.user = owner.me!.user.id;
    const bigEvent = await owner.post(`/api/orgs/${ids.org}/events`, jakartaEvent({ name: 'Festival Besar' }));
    ids.bigEvent = bigEvent.body.id;
    // The budget is made from the template on first read.
    expect((await owner.get(`/api/orgs/${ids.org}/events/${ids.bigEvent}/budget`)).status).toBe(200);
    const taskEvent = await owner.post(`/api/orgs/${ids.org}/events`, jakartaEvent({ name: 'Konser Jadwal' }));
    ids.taskEvent = taskEvent.body.id;
    const location = await owner.post(`/api/orgs/${ids.org}/locations`, { name: 'Gedung Kesenian', kind: 'venue', address: 'Jl. Gedung Kesenian 1, Jakarta' });
    expect(location.status, JSON.stringify(location.body)).toBe(201);
    ids.location = location.body.id;

    const sql = await t.sql.connect();
    try {
      await sql.query(`SET session_replication_role = replica`);
      await sql.query(`INSERT INTO users (email, name, password_hash) SELECT 'seeded-' || g || '@example.id', 'Kru ' || g, 'x' FROM generate_series(1, 20000) g`);
      await sql.query(`INSERT INTO organizations (name) SELECT 'Plans org ' || g FROM generate_series(1, 200) g`);
      await sql.query(
        `INSERT INTO memberships (organization_id, user_id, role)
         SELECT o.id, u.id, 'crew' FROM (SELECT id, row_number() OVER () - 1 AS n FROM organizations WHERE name LIKE 'Plans org %') o
           JOIN (SELECT id, row_number() OVER () AS n FROM users WHERE email LIKE 'seeded-%') u ON u.n % 200 = o.n
         UNION ALL
         (SELECT $1, id, 'crew' FROM users WHERE email LIKE 'seeded-%' ORDER BY email LIMIT 2000)`,
        [ids.org],
      );
      // Many small events and budgets across the organizations, the owner's included.
      await sql.query(
        `INSERT INTO events (organization_id, name, kind, status, start_at, end_at, time_zone, venue, client, currency)
         SELECT o.id, 'Acara ' || g, 'live_event', (ARRAY['planning', 'production', 'wrap'])[1 + g % 3],
                timestamptz '2026-01-01' + make_interval(days => g), timestamptz '2026-01-02' + make_interval(days => g), 'Asia/Jakarta', 'Gedung ' || g, 'Klien ' || g, 'IDR'
           FROM organizations o CROSS JOIN generate_series(1, 10) g WHERE o.name LIKE 'Plans org %' OR o.id = $1`,
        [ids.org],
      );
      await sql.query(`INSERT INTO budgets (organization_id, event_id, currency) SELECT organization_id, id, 'IDR' FROM events e WHERE NOT EXISTS (SELECT 1 FROM budgets b WHERE b.event_id = e.id)`);
      await sql.query(
        `INSERT INTO budget_categories (organization_id, budget_id, name, sort_order)
         SELECT b.organization_id, b.id, 'Umum', 0 FROM budgets b WHERE NOT EXISTS (SELECT 1 FROM budget_categories c WHERE c.budget_id = b.id)`,
      );
      // One budget of 20,000 lines among 2,000 budgets of 20.
      await sql.query(
        `INSERT INTO budget_lines (organization_id, budget_id, category_id, sort_order, description, currency, rate, subtotal, estimate, updated_by)
         SELECT c.organization_id, c.budget_id, c.id, g * 10, 'Baris ' || g, 'IDR', 1000, 1000, 1000, $2
           FROM (SELECT DISTINCT ON (budget_id) * FROM budget_categories ORDER BY budget_id, sort_order) c
           JOIN budgets b ON b.id = c.budget_id
           CROSS JOIN LATERAL generate_series(1, CASE WHEN b.event_id = $1 THEN 20000 ELSE 20 END) g`,
        [ids.bigEvent, ids.user],
      );
      await sql.query(
        `INSERT INTO fringe_rules (organization_id, name, kind, basis_points) SELECT o.id, 'PPN ' || g, 'percent', 1100
           FROM organizations o CROSS JOIN generate_series(1, 5) g WHERE o.name LIKE 'Plans org %' OR o.id = $1`,
        [ids.org],
      );
      await sql.query(
        `INSERT INTO budget_line_fringes (line_id, fringe_id, organization_id)
         SELECT l.id, f.id, l.organization_id FROM budget_lines l
           JOIN LATERAL (SELECT id FROM fringe_rules WHERE organization_id = l.organization_id ORDER BY id LIMIT 1) f ON true
          WHERE l.sort_order % 30 = 0`,
      );
      await sql.query(
        `INSERT INTO expenses (organization_id, budget_id, line_id, spent_on, payee, amount, currency, exchange_rate, amount_budget, status)
         SELECT organization_id, budget_id, id, date '2026-05-01', 'Vendor', 1000, 'IDR', 1, 1000, (ARRAY['submitted', 'approved', 'paid'])[1 + (sort_order / 10) % 3]
           FROM budget_lines WHERE sort_order % 40 = 0`,
      );
      await sql.query(
        `INSERT INTO commitments (organization_id, budget_id, line_id, vendor, issued_on, amount, currency, exchange_rate, amount_budget, status)
         SELECT organization_id, budget_id, id, 'Vendor', date '2026-05-01', 1000, 'IDR', 1, 1000, 'pending' FROM budget_lines WHERE sort_order % 50 = 0`,
      );
      await sql.query(
        `INSERT INTO vendors (organization_id, name, category)
         SELECT o.id, 'PT Vendor ' || g, (ARRAY['catering', 'stage', 'av_rental'])[1 + g % 3] FROM organizations o CROSS JOIN generate_series(1, 20) g
          WHERE o.name LIKE 'Plans org %' OR o.id = $1`,
        [ids.org],
      );
      // A 3,000-task schedule among events of five tasks.
      await sql.query(
        `INSERT INTO tasks (organization_id, event_id, title, start_at, end_at, status, vendor_id)
         SELECT e.organization_id, e.id, 'Tugas ' || g, e.start_at + make_interval(mins => g), e.start_at + make_interval(mins => g + 30),
                (ARRAY['todo', 'in_progress', 'blocked', 'done'])[1 + g % 4],
                CASE WHEN g % 4 = 0 THEN (SELECT id FROM vendors v WHERE v.organization_id = e.organization_id ORDER BY id LIMIT 1) END
           FROM events e CROSS JOIN LATERAL generate_series(1, CASE WHEN e.id = $1 THEN 3000 ELSE 5 END) g`,
        [ids.taskEvent],
      );
      await sql.query(
        `INSERT INTO task_dependencies (organization_id, event_id, predecessor_id, successor_id, type)
         SELECT a.organization_id, a.event_id, a.id, b.id, 'FS'
           FROM (SELECT id, organization_id, event_id, row_number() OVER (PARTITION BY event_id ORDER BY start_at, id) AS n FROM tasks) a
           JOIN (SELECT id, event_id, row_number() OVER (PARTITION BY event_id ORDER BY start_at, id) AS n FROM tasks) b ON b.event_id = a.event_id AND b.n = a.n + 1`,
      );
      await sql.query(
        `INSERT INTO task_assignees (organization_id, task_id, user_id) SELECT t.organization_id, t.id, $2 FROM tasks t WHERE t.event_id = $1`,
        [ids.taskEvent, ids.user],
      );
      await sql.query(
        `INSERT INTO task_checklist_items (organization_id, task_id, title, sort_order) SELECT t.organization_id, t.id, 'Langkah', 0 FROM tasks t WHERE t.event_id = $1`,
        [ids.taskEvent],
      );
      await sql.query(
        `INSERT INTO audit_log (organization_id, actor_id, action, entity_type, entity_id, at)
         SELECT $1, CASE WHEN g % 2 = 0 THEN $2::uuid END, 'update', (ARRAY['event', 'task', 'budget_line'])[1 + g % 3], g::text, now() - make_interval(mins => 20000 - g)
           FROM generate_series(1, 20000) g
         UNION ALL
         SELECT o.id, NULL, 'create', 'event', g::text, now() FROM organizations o CROSS JOIN generate_series(1, 20) g WHERE o.name LIKE 'Plans org %'`,
        [ids.org, ids.user],
      );
      await sql.query(`SET session_replication_role = DEFAULT`);
      await sql.query('ANALYZE');
      const one = async (q: string, p: unknown[]) => (await sql.query(q, p)).rows[0];
      ids.line = (await one(`SELECT id FROM budget_lines WHERE budget_id = (SELECT id FROM budgets WHERE event_id = $1) ORDER BY sort_order LIMIT 1`, [ids.bigEvent])).id;
      ids.task = (await one(`SELECT id FROM tasks WHERE event_id = $1 ORDER BY start_at LIMIT 1`, [ids.taskEvent])).id;
      ids.vendor = (await one(`SELECT vendor_id FROM tasks WHERE event_id = $1 AND vendor_id IS NOT NULL LIMIT 1`, [ids.taskEvent])).vendor_id;
    } finally {
      sql.release();
    }
  }, 60_000);

  afterAll(() => {
    pg.Client.prototype.query = originalQuery;
  });

  it('has no sequential scan and no sort over more than the page, first pages, next pages and every filter', async () => {
    const org = `/api/orgs/${ids.org}`;
    const event = `${org}/events/${ids.bigEvent}`;
    const schedule = `${org}/events/${ids.taskEvent}`;
    const from = new Date(Date.now() - 3 * 86_400_000).toISOString();
    // A place held for the big event, with a crowd permit (small tables: the guard checks the statements' shape here).
    const place = (await owner.post(`${org}/locations`, { name: 'Istora Senayan', kind: 'venue', address: 'Jl. Pintu Satu Senayan', city: 'Jakarta', spaces: [{ name: 'Arena' }] })).body;
    await owner.post(`${event}/places`, { locationId: place.id, spaceId: place.spaces[0].id, role: 'main_venue', startAt: '2026-12-17T06:00:00+07:00', endAt: '2026-12-20T06:00:00+07:00' });
    const crowd = (await owner.get(`${org}/permit-types`)).body.items.find((x: { code: string }) => x.code === 'crowd');
    await owner.post(`${event}/permits`, { typeId: crowd.id });
    // Every list route (GET with a cursor): each requested with its filters, then its next page.
    const requests: [path: string, urls: string[]][] = [
      ['/api/orgs/:orgId/events', [`${org}/events`, `${org}/events?status=production`, `${org}/events?q=acara`, `${org}/events?sort=name`, `${org}/events?from=2026-01-03T00:00:00Z&to=2026-01-05T00:00:00Z`]],
      ['/api/orgs/:orgId/events/:eventId/budget/lines', [`${event}/budget/lines`, `${event}/budget/lines?limit=1000`]],
      ['/api/orgs/:orgId/events/:eventId/budget/lines/:lineId/history', [`${event}/budget/lines/${ids.line}/history`]],
      ['/api/orgs/:orgId/events/:eventId/budget/expenses', [`${event}/budget/expenses`, `${event}/budget/expenses?status=submitted`, `${event}/budget/expenses?lineId=${ids.line}`]],
      ['/api/orgs/:orgId/events/:eventId/budget/commitments', [`${event}/budget/commitments`, `${event}/budget/commitments?status=pending`]],
      ['/api/orgs/:orgId/events/:eventId/budget/baselines', [`${event}/budget/baselines`]],
      ['/api/orgs/:orgId/budget-templates', [`${org}/budget-templates`]],
      ['/api/orgs/:orgId/fringes', [`${org}/fringes`]],
      ['/api/orgs/:orgId/events/:eventId/tasks', [`${schedule}/tasks`, `${schedule}/tasks?status=blocked`, `${schedule}/tasks?vendorId=${ids.vendor}`, `${schedule}/tasks?q=tugas%2012`]],
      ['/api/orgs/:orgId/events/:eventId/dependencies', [`${schedule}/dependencies`]],
      ['/api/orgs/:orgId/events/:eventId/schedule/baselines', [`${schedule}/schedule/baselines`]],
      ['/api/orgs/:orgId/events/:eventId/tasks/:taskId/comments', [`${schedule}/tasks/${ids.task}/comments`]],
      ['/api/orgs/:orgId/events/:eventId/tasks/:taskId/attachments', [`${schedule}/tasks/${ids.task}/attachments`]],
      ['/api/orgs/:orgId/audit', [`${org}/audit`, `${org}/audit?from=${encodeURIComponent(from)}`, `${org}/audit?actorId=${ids.user}`, `${org}/audit?entityType=task`]],
      ['/api/orgs/:orgId/vendors', [`${org}/vendors`, `${org}/vendors?category=catering`, `${org}/vendors?q=vendor%201`]],
      ['/api/orgs/:orgId/members', [`${org}/members`]],
      ['/api/orgs/:orgId/invitations', [`${org}/invitations`]],
      ['/api/me/notifications', ['/api/me/notifications']],
      ['/api/me/calendar-feeds', ['/api/me/calendar-feeds']],
      ['/api/me/sessions', ['/api/me/sessions']],
      ['/api/orgs/:orgId/locations', [`${org}/locations`, `${org}/locations?q=senayan`, `${org}/locations?city=jakarta&kind=venue`]],
      ['/api/orgs/:orgId/locations/:locationId/events', [`${org}/locations/${place.id}/events`, `${org}/locations/${place.id}/events?includeReleased=true`]],
      ['/api/orgs/:orgId/events/:eventId/places', [`${event}/places`]],
      ['/api/orgs/:orgId/permits', [`${org}/permits`, `${org}/permits?due=overdue`, `${org}/permits?eventId=${ids.bigEvent}`, `${org}/permits?category=crowd&status=not_started`]],
    ];
    // Lists served by a database function (the plan is inside it) or to a vendor login only.
    const elsewhere = new Set(['/api/me/tasks', '/api/me/tasks/:taskId/comments']);
    const listRoutes = allRoutes()
      .filter((r: RouteDef) => r.method === 'GET' && (r.query as { shape?: Record<string, unknown> } | undefined)?.shape?.cursor)
      .map((r) => r.path);
    expect(listRoutes.filter((path) => !elsewhere.has(path) && !requests.some(([p]) => p === path))).toEqual([]);

    startCapture();
    for (const [route, urls] of requests) {
      for (const url of urls) {
        capturing = route;
        const first = await owner.get(url);
        expect(first.status, `${url}: ${JSON.stringify(first.body)}`).toBe(200);
        if (first.body.nextCursor) {
          const next = await owner.get(`${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(first.body.nextCursor)}`);
          expect(next.status, url).toBe(200);
        }
      }
    }
    capturing = null;
    pg.Client.prototype.query = originalQuery;
    expect(pathFor('/api/orgs/:orgId', { orgId: ids.org })).toBe(org);

    const lists = [...new Map(captured.filter((s) => /\bLIMIT\b/.test(s.text)).map((s) => [s.text, s])).values()];
    expect(lists.length).toBeGreaterThan(25);
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      // A sequential scan of a table the seed leaves small (under 1,000 rows) is the right plan for it.
      const { rows } = await client.query(`SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples < 1000`);
      const small = new Set(rows.map((r: { relname: string }) => r.relname));
      const failures: string[] = [];
      for (const [index, statement] of lists.entries()) {
        for (const problem of await problems(client, statement, index, small)) failures.push(`${statement.route}: ${problem}\n    ${statement.text.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
      expect(failures).toEqual([]);
    } finally {
      await client.end();
    }
  });
});

// The references of `pnpm bench:scale`: each case's API route served by a bare Fastify handler on a
// plain pg pool that calls the API's own service method (so the very same SQL runs) — without
// auth, Nest, row-level security, transactions or the response contract. `CASES` (JSON) lists
// `{ route: 'events.list', call: [service, method, ...leading args] }`; `/c/<index>` serves one,
// parsing the query with the route's own schema as the API does.
import Fastify from 'fastify';
import pg from 'pg';
import { api, budgetApi, timelineApi } from '@rundown/domain';
import { SCOPED_READ_SQL } from '@rundown/api/common/database.service.js';
import { loadMe } from '@rundown/api/modules/auth/auth.service.js';
import { AuditService } from '@rundown/api/modules/audit/audit.service.js';
import { BudgetsRepository } from '@rundown/api/modules/budgets/budgets.repository.js';
import { BudgetsService } from '@rundown/api/modules/budgets/budgets.service.js';
import { SpendService } from '@rundown/api/modules/budgets/spend.service.js';
import { EventsRepository } from '@rundown/api/modules/events/events.repository.js';
import { EventsService } from '@rundown/api/modules/events/events.service.js';
import { MembersService } from '@rundown/api/modules/members/members.service.js';
import { DependenciesRepository } from '@rundown/api/modules/timeline/dependencies.repository.js';
import { DependenciesService } from '@rundown/api/modules/timeline/dependencies.service.js';
import { ScheduleService } from '@rundown/api/modules/timeline/schedule.service.js';
import { TasksRepository } from '@rundown/api/modules/timeline/tasks.repository.js';
import { TasksService } from '@rundown/api/modules/timeline/tasks.service.js';
import { VendorsService } from '@rundown/api/modules/vendors/vendors.service.js';

const { DATABASE_URL, PORT, ORG_ID, USER_ID, CASES } = process.env;
// As many connections as the API's pool (DATABASE_POOL_SIZE, default 10), which the benchmark leaves at its default.
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
pool.on('error', () => {});

const txOf = (orgId, userId) => ({
  orgId,
  userId,
  query: async (sql, params) => (await pool.query(sql, params)).rows,
  execute: async (sql, params) => (await pool.query(sql, params)).rowCount ?? 0,
});
/** DatabaseService's surface, straight on the pool: no transaction, no role, no scope. */
const db = {
  tenant: (orgId, userId, work) => work(txOf(orgId, userId)),
  scoped: (scope, work) => work(txOf(scope.orgId, scope.userId)),
  system: (work) => work(txOf(null, null)),
  one: async (sql, params) => (await pool.query(sql, params)).rows[0],
  scopedRead: async (fn, args) => (await pool.query(SCOPED_READ_SQL[fn], args)).rows,
};
/** Reads every time, as the bare handler of `pnpm bench` does. */
const noCache = { read: (_org, _event, load) => load() };
const budgetsRepository = new BudgetsRepository();
const audit = new AuditService(db);
const events = new EventsService(db, new EventsRepository());
const budgets = new BudgetsService(db, budgetsRepository, null, audit, noCache, null, events);
const tasksRepository = new TasksRepository();
const dependenciesRepository = new DependenciesRepository();
const services = {
  events,
  audit,
  budgets,
  spend: new SpendService(budgets, null),
  tasks: new TasksService(events, tasksRepository, null, null),
  dependencies: new DependenciesService(events, tasksRepository, dependenciesRepository),
  // Computes every time: the bare handler keeps nothing (the API keeps the schedule until it changes).
  schedule: new ScheduleService(events, tasksRepository, dependenciesRepository, noCache),
  vendors: new VendorsService(db, null),
  members: new MembersService(db, null),
  me: { get: (userId) => db.system((tx) => loadMe(tx, userId)) },
};
const ctx = { org: { id: ORG_ID, role: 'owner' }, actor: { userId: USER_ID }, requestId: 'bare' };

const app = Fastify();
app.get('/health', () => 'ok');
for (const [index, c] of JSON.parse(CASES).entries()) {
  const [group, name] = c.route.split('.');
  const routeDef = { ...api, budget: budgetApi, timeline: timelineApi }[group]?.[name];
  if (!routeDef) throw new Error(`no route ${c.route}`);
  const [service, method, ...args] = c.call;
  const target = services[service];
  app.get(`/c/${index}`, (request) => {
    const query = routeDef.query ? routeDef.query.parse(request.query) : undefined;
    return service === 'me' ? target.get(USER_ID) : target[method](ctx, ...args, ...(query ? [query] : []));
  });
}

await app.listen({ port: Number(PORT), host: '127.0.0.1' });

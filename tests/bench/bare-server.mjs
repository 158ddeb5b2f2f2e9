// The references for the load benchmarks: the same SQL as the API's budget summary and the
// vendor's "My tasks", behind bare Fastify handlers on a plain pg pool (no auth, no Nest, no
// response contract). Either route is served when its ids are set.
import Fastify from 'fastify';
import pg from 'pg';
import { SCOPED_READ_SQL } from '@rundown/api/common/database.service.js';
import { BudgetsRepository } from '@rundown/api/modules/budgets/budgets.repository.js';

const { DATABASE_URL, ORG_ID, EVENT_ID, VENDOR_USER_ID, PORT } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 20 });
pool.on('error', () => {});
const app = Fastify();
app.get('/health', () => 'ok');

if (EVENT_ID) {
  const repository = new BudgetsRepository();
  const tx = { orgId: ORG_ID, userId: null, query: async (sql, params) => (await pool.query(sql, params)).rows };
  app.get('/summary', () => repository.categoriesWithTotals(tx, EVENT_ID));
}
if (VENDOR_USER_ID) {
  const sql = SCOPED_READ_SQL.app_vendor_tasks;
  app.get('/my-tasks', async (request) => (await pool.query(sql, [VENDOR_USER_ID, null, null, null, null, Number(request.query.limit) + 1])).rows);
}

await app.listen({ port: Number(PORT), host: '127.0.0.1' });

// The reference for the summary benchmark: the same SQL as the API's budget summary, behind
// a bare Fastify handler on a plain pg pool (no auth, no transaction, no Nest).
import Fastify from 'fastify';
import pg from 'pg';
import { BudgetsRepository } from '@rundown/api/modules/budgets/budgets.repository.js';

const { DATABASE_URL, ORG_ID, EVENT_ID, PORT } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 20 });
pool.on('error', () => {});
const repository = new BudgetsRepository();
const tx = { orgId: ORG_ID, userId: null, query: async (sql, params) => (await pool.query(sql, params)).rows };
const app = Fastify();
app.get('/summary', () => repository.categoriesWithTotals(tx, EVENT_ID));
await app.listen({ port: Number(PORT), host: '127.0.0.1' });
process.send?.('ready');

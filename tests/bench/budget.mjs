// The budget figures: CSV import of 10,000 lines, and the summary (top sheet) endpoint under
// load against the same SQL behind a bare Fastify handler, and again while the budget keeps changing.
import { measureGridRender } from './grid-render.mjs';
import { createEvent, loadRows, loadWhileChanging, ms } from './session.mjs';

const LINES = Number(process.env.BENCH_LINES ?? 10_000);
const EXPENSES = Number(process.env.BENCH_EXPENSES ?? 20_000);

export async function benchBudget({ base, pool, session, againstBare, load }) {
  const figures = [];
  const { cookie, orgId, headers } = session;
  const event = await createEvent(base, session, 'Festival Bench');
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
  await pool.query('VACUUM ANALYZE');
  figures.push(['seed expenses (SQL, setup only)', `${EXPENSES} expenses`, `${ms(start).toFixed(0)} ms`, '']);

  const summaryUrl = `${budgetUrl}/summary`;
  const check = await (await fetch(summaryUrl, { headers: { cookie } })).json();
  if (check.lineCount !== LINES) throw new Error(`summary saw ${check.lineCount} lines`);

  const runs = await againstBare(summaryUrl, { cookie }, { ORG_ID: orgId, EVENT_ID: event.id }, '/summary');
  figures.push(...loadRows('budget summary (kept), Rundown API', 'target p99 < 50 ms', runs));
  figures.push(['API throughput / bare handler', `${((runs.api.requests.average / runs.bare.requests.average) * 100).toFixed(0)} %`, '', 'target >= 50 %']);
  // The API keeps the summary until the budget changes (BudgetSummaryCache); the bare handler reads
  // every time. The same load while someone keeps editing: each change drops the kept summary.
  const categoryIds = (await pool.query(`SELECT id FROM budget_categories WHERE budget_id = (SELECT id FROM budgets WHERE event_id = $1)`, [event.id])).rows.map((r) => r.id);
  figures.push(
    await loadWhileChanging(load, summaryUrl, { cookie }, 'the budget', (n) =>
      pool.query(`UPDATE budget_category_totals SET estimate = estimate WHERE category_id = $1`, [categoryIds[n % categoryIds.length]]),
    ),
  );

  const grid = await measureGridRender({ baseUrl: base, cookie, orgId, eventId: event.id });
  figures.push([`budget grid first render in Chromium (${grid.rows} lines, median of ${grid.runsMs.length})`, `${grid.firstRenderMs} ms`, `runs ${grid.runsMs.join(', ')} ms`, 'target < 1000 ms']);
  figures.push(['  all lines loaded into the grid (last run)', `${grid.allLinesMs} ms`, '', '']);
  figures.push(['  first render in a Chromium just launched', `${grid.coldStartMs} ms`, '', '']);
  figures.push(['budget grid scroll pass, top to bottom', `${grid.scrollMs.toFixed(0)} ms`, `${grid.frames} frames, worst ${grid.worstFrameMs.toFixed(0)} ms`, '']);
  return figures;
}

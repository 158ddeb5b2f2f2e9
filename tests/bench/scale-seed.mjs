// The production-sized data set of `pnpm bench:scale`, written by SQL (generate_series) in a few
// statements. BENCH_SCALE scales the number of organizations (1 = 1,000 as in production; the
// default 0.1 seeds in a couple of minutes on a 2-core machine). The benchmark's own organization
// keeps its production shape at every scale: 2,000 events, a 50,000-line budget, nine budgets of
// 10,000–20,000 lines, a 2,000-task schedule with 5,000 dependencies, 50,000 audit rows, and its
// user belongs to 100 organizations.

const WORDS = ['Jazz', 'Senja', 'Rock', 'Gamelan', 'Pop', 'Budaya', 'Kopi', 'Film', 'Tari', 'Expo', 'Wayang', 'Batik', 'Indie', 'Gala', 'Summit', 'Fashion'];
const CITIES = ['Jakarta', 'Bandung', 'Surabaya', 'Yogyakarta', 'Denpasar', 'Medan', 'Makassar', 'Semarang'];

/** What gets seeded at `scale` (the benchmark organization's figures do not scale). */
export function seedPlan(scale) {
  return {
    scale,
    otherOrgs: Math.max(99, Math.round(1000 * scale)),
    eventsPerOtherOrg: 99,
    benchEvents: 2000,
    linesPerBudget: 48,
    bigLines: 50_000,
    largeBudgets: [10_000, 11_000, 12_000, 13_000, 14_000, 15_000, 16_000, 18_000, 20_000],
    tasksPerEvent: 10,
    scheduleTasks: 2000,
    scheduleDependencies: 5000,
    benchAudit: 50_000,
    auditPerOtherOrg: 150,
    vendorsPerOrg: 20,
    benchMembers: 30,
    bigExpenses: 20_000,
  };
}

/**
 * Seeds everything around the organization and user that signed up through the API. Triggers and
 * foreign-key checks are skipped while seeding (session_replication_role = replica; a superuser
 * session), so the maintained totals are written here and checked by `checkTotals`.
 */
export async function seed(client, { orgId, userId }, plan, log) {
  const step = async (what, sql, params = []) => {
    const start = Date.now();
    const result = await client.query(sql, params);
    log(`  ${what}: ${result.rowCount ?? ''} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    return result;
  };
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SELECT setseed(0.42)`);
  await client.query(`CREATE TEMP TABLE seed_words AS SELECT (i - 1)::int AS i, w FROM unnest($1::text[]) WITH ORDINALITY x(w, i)`, [WORDS]);
  await client.query(`CREATE TEMP TABLE seed_cities AS SELECT (i - 1)::int AS i, w FROM unnest($1::text[]) WITH ORDINALITY x(w, i)`, [CITIES]);

  await step('organizations', `INSERT INTO organizations (name) SELECT 'Scale org ' || lpad(g::text, 4, '0') FROM generate_series(1, $1) g`, [plan.otherOrgs]);
  await step(
    'users',
    `INSERT INTO users (email, name, password_hash) SELECT 'scale-' || g || '-' || $2 || '@example.id', 'Crew ' || g, 'x' FROM generate_series(1, $1) g`,
    [plan.otherOrgs * 3 + plan.benchMembers, orgId.slice(0, 8)],
  );
  // Every other organization: an owner and two more members; the benchmark org gets 30 members.
  await step(
    'memberships',
    `WITH o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organizations WHERE id <> $1 AND name LIKE 'Scale org %'),
          u AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users WHERE email LIKE 'scale-%-' || $2 || '@example.id')
     INSERT INTO memberships (organization_id, user_id, role)
     SELECT o.id, u.id, (ARRAY['owner', 'manager', 'crew'])[1 + u.n % 3] FROM o JOIN u ON u.n / 3 = o.n
     UNION ALL
     SELECT $1, u.id, (ARRAY['admin', 'manager', 'coordinator', 'crew', 'crew'])[1 + u.n % 5] FROM u WHERE u.n >= $3`,
    [orgId, orgId.slice(0, 8), plan.otherOrgs * 3],
  );
  // The benchmark user belongs to 99 more organizations (100 in all).
  await step(
    'memberships of the benchmark user',
    `INSERT INTO memberships (organization_id, user_id, role) SELECT id, $2, 'manager' FROM organizations WHERE id <> $1 AND name LIKE 'Scale org %' ORDER BY id LIMIT 99`,
    [orgId, userId],
  );
  await step(
    'vendors',
    `INSERT INTO vendors (organization_id, name, category)
     SELECT o.id, 'PT ' || w.w || ' ' || c.w || ' ' || g, (ARRAY['av_rental', 'catering', 'stage', 'printing', 'transport', 'security', 'talent_agency', 'venue', 'other'])[1 + g % 9]
       FROM organizations o CROSS JOIN generate_series(1, $1) g JOIN seed_words w ON w.i = g % 16 JOIN seed_cities c ON c.i = g % 8
      WHERE (o.id = $2 OR o.name LIKE 'Scale org %')`,
    [plan.vendorsPerOrg, orgId],
  );
  await step(
    'events',
    `INSERT INTO events (organization_id, name, kind, status, start_at, end_at, time_zone, venue, client, currency)
     SELECT o.id, 'Festival ' || w.w || ' ' || c.w || ' ' || g,
            (ARRAY['live_event', 'film', 'tv_media', 'corporate', 'other'])[1 + g % 5],
            (ARRAY['planning', 'pre_production', 'production', 'wrap', 'closed'])[1 + (g * 7) % 5],
            timestamptz '2025-01-01 09:00+07' + make_interval(hours => (g * 13) % 26000),
            timestamptz '2025-01-01 09:00+07' + make_interval(hours => (g * 13) % 26000 + 48),
            'Asia/Jakarta', 'Gedung ' || c.w, 'PT Klien ' || w.w, 'IDR'
       FROM organizations o, LATERAL generate_series(1, CASE WHEN o.id = $1 THEN $2::int ELSE $3::int END) g, seed_words w, seed_cities c
      WHERE (o.id = $1 OR o.name LIKE 'Scale org %') AND w.i = (g * 5) % 16 AND c.i = g % 8`,
    [orgId, plan.benchEvents, plan.eventsPerOtherOrg],
  );
  await step('budgets', `INSERT INTO budgets (organization_id, event_id, currency) SELECT organization_id, id, 'IDR' FROM events e WHERE NOT EXISTS (SELECT 1 FROM budgets b WHERE b.event_id = e.id)`);
  await step(
    'budget categories',
    `INSERT INTO budget_categories (organization_id, budget_id, code, name, sort_order)
     SELECT b.organization_id, b.id, lpad((g * 100)::text, 4, '0'), (ARRAY['Venue', 'Production', 'Talent', 'Crew', 'Marketing', 'Logistics'])[g + 1], g
       FROM budgets b, generate_series(0, 5) g
      WHERE NOT EXISTS (SELECT 1 FROM budget_categories c WHERE c.budget_id = b.id)`,
  );
  // The largest budget and nine large ones are the benchmark org's first events by start.
  await client.query(
    `CREATE TEMP TABLE seed_budget_lines AS
     SELECT b.id AS budget_id, b.organization_id,
            coalesce((($3::int[] || $2::int)[x.n]), $4::int) AS lines
       FROM budgets b JOIN events e ON e.id = b.event_id
       LEFT JOIN (SELECT e2.id, row_number() OVER (ORDER BY e2.start_at, e2.id) AS n FROM events e2 WHERE e2.organization_id = $1) x
              ON x.id = e.id AND x.n <= 10`,
    [orgId, plan.bigLines, plan.largeBudgets, plan.linesPerBudget],
  );
  // The 50,000-line budget is the tenth of the benchmark org's first events (index 10 → bigLines).
  await step(
    'budget lines',
    `INSERT INTO budget_lines (organization_id, budget_id, category_id, sort_order, description, account_code, vendor, quantity, unit, rate, currency,
                               exchange_rate, multiplier, subtotal, estimate, created_by, updated_by)
     SELECT s.organization_id, s.budget_id, c.id, g * 1000, 'Item ' || g, lpad((g % 900 + 100)::text, 4, '0'), 'PT Vendor ' || (g % 200),
            1 + g % 7, 'day', r.rate, 'IDR', 1, 1, (1 + g % 7) * r.rate, (1 + g % 7) * r.rate, $1, $1
       FROM seed_budget_lines s CROSS JOIN LATERAL generate_series(1, s.lines) g
       JOIN LATERAL (SELECT 100000 + ((g * 7919) % 5000000)::bigint AS rate) r ON true
       JOIN budget_categories c ON c.budget_id = s.budget_id AND c.sort_order = g % 6`,
    [userId],
  );
  const big = (await client.query(`SELECT budget_id FROM seed_budget_lines WHERE lines = $1 LIMIT 1`, [plan.bigLines])).rows[0].budget_id;
  await step(
    'expenses of the largest budget',
    `INSERT INTO expenses (organization_id, budget_id, line_id, spent_on, payee, amount, currency, exchange_rate, amount_budget, status, submitted_by)
     SELECT l.organization_id, l.budget_id, l.id, date '2027-05-01' + (l.n % 30)::int, 'Vendor ' || (l.n % 200), 10000 + l.n, 'IDR', 1, 10000 + l.n,
            (ARRAY['approved', 'paid', 'submitted'])[(1 + l.n % 3)::int], $3
       FROM (SELECT id, organization_id, budget_id, (row_number() OVER (ORDER BY sort_order))::int AS n FROM budget_lines WHERE budget_id = $1) l
      WHERE l.n <= $2`,
    [big, plan.bigExpenses, userId],
  );
  await step(
    'line spend totals',
    `UPDATE budget_lines l SET actual = x.actual, paid = x.paid, pending_expenses = x.pending, pending_amount = x.pending_amount
       FROM (SELECT line_id, coalesce(sum(amount_budget) FILTER (WHERE status IN ('approved', 'paid')), 0) AS actual,
                    coalesce(sum(amount_budget) FILTER (WHERE status = 'paid'), 0) AS paid, count(*) FILTER (WHERE status = 'submitted') AS pending,
                    coalesce(sum(amount_budget) FILTER (WHERE status = 'submitted'), 0) AS pending_amount
               FROM expenses WHERE budget_id = $1 GROUP BY line_id) x
      WHERE x.line_id = l.id`,
    [big],
  );
  await step(
    'category totals',
    `INSERT INTO budget_category_totals (category_id, organization_id, budget_id, line_count, estimate, committed, actual, paid, pending_commitments, pending_expenses, pending_amount)
     SELECT c.id, c.organization_id, c.budget_id, count(l.id), coalesce(sum(l.estimate), 0), coalesce(sum(l.committed), 0), coalesce(sum(l.actual), 0),
            coalesce(sum(l.paid), 0), coalesce(sum(l.pending_commitments), 0), coalesce(sum(l.pending_expenses), 0), coalesce(sum(l.pending_amount), 0)
       FROM budget_categories c LEFT JOIN budget_lines l ON l.category_id = c.id
      WHERE NOT EXISTS (SELECT 1 FROM budget_category_totals t WHERE t.category_id = c.id)
      GROUP BY c.id`,
  );
  // The schedule event: the benchmark org's eleventh event by start gets 2,000 tasks; every other event ten.
  const scheduleEvent = (
    await client.query(`SELECT id FROM events WHERE organization_id = $1 ORDER BY start_at, id OFFSET 10 LIMIT 1`, [orgId])
  ).rows[0].id;
  await step(
    'tasks',
    `INSERT INTO tasks (organization_id, event_id, kind, title, start_at, end_at, status, priority, vendor_id)
     SELECT e.organization_id, e.id, CASE WHEN g % 25 = 0 THEN 'milestone' ELSE 'task' END, w.w || ' check ' || g,
            e.start_at - interval '30 days' + make_interval(mins => ((g * 7877) % 40000)),
            e.start_at - interval '30 days' + make_interval(mins => ((g * 7877) % 40000) + CASE WHEN g % 25 = 0 THEN 0 ELSE 30 + (g * 31) % 240 END),
            (ARRAY['todo', 'in_progress', 'blocked', 'done'])[1 + (g * 3) % 4], (ARRAY['low', 'normal', 'high', 'urgent'])[1 + g % 4],
            CASE WHEN g % 4 = 0 THEN v.id END
       FROM events e
       CROSS JOIN LATERAL generate_series(1, CASE WHEN e.id = $1 THEN $2::int ELSE $3::int END) g
       JOIN seed_words w ON w.i = g % 16
       LEFT JOIN LATERAL (SELECT id FROM vendors WHERE organization_id = e.organization_id ORDER BY id OFFSET g % 5 LIMIT 1) v ON true`,
    [scheduleEvent, plan.scheduleTasks, plan.tasksPerEvent],
  );
  await client.query(`CREATE TEMP TABLE seed_schedule AS SELECT id, (row_number() OVER (ORDER BY start_at, id))::int AS n FROM tasks WHERE event_id = $1`, [scheduleEvent]);
  await step(
    'dependencies of the schedule',
    `INSERT INTO task_dependencies (organization_id, event_id, predecessor_id, successor_id, type, lag_minutes)
     SELECT $1, $2, a.id, b.id, (ARRAY['FS', 'SS', 'FF', 'SF'])[(1 + k % 4)::int], (k % 60)::int
       FROM (SELECT DISTINCT ON (p, s) k, p, s
               FROM (SELECT k, p, p + 1 + (k * 104729) % least(50, $3::int - p) AS s
                       FROM (SELECT k::bigint AS k, 1 + (k::bigint * 7919) % ($3::int - 1) AS p FROM generate_series(1, $4::int * 2) k) y) z
              ORDER BY p, s, k) d
       JOIN seed_schedule a ON a.n = d.p JOIN seed_schedule b ON b.n = d.s
      ORDER BY d.k LIMIT $4
     ON CONFLICT DO NOTHING`,
    [orgId, scheduleEvent, plan.scheduleTasks, plan.scheduleDependencies],
  );
  await step(
    'assignees of the schedule',
    `INSERT INTO task_assignees (organization_id, task_id, user_id)
     SELECT $1, t.id, m.user_id FROM seed_schedule t
       JOIN LATERAL (SELECT user_id FROM memberships WHERE organization_id = $1 ORDER BY user_id OFFSET t.n % 25 LIMIT 1 + t.n % 2) m ON true`,
    [orgId],
  );
  await step(
    'checklists of the schedule',
    `INSERT INTO task_checklist_items (organization_id, task_id, title, done, done_by, sort_order)
     SELECT $1, t.id, 'Step ' || g, g <= t.n % 4, CASE WHEN g <= t.n % 4 THEN $2::uuid END, g FROM seed_schedule t CROSS JOIN generate_series(1, 3) g`,
    [orgId, userId],
  );
  await step(
    'audit log',
    `INSERT INTO audit_log (organization_id, actor_id, action, entity_type, entity_id, after, at)
     SELECT o.id, m.user_id, (ARRAY['create', 'update', 'delete'])[1 + g % 3], (ARRAY['event', 'task', 'budget_line', 'vendor', 'member'])[1 + g % 5],
            gen_random_uuid()::text, jsonb_build_object('name', 'Item ' || g), now() - make_interval(mins => (n.total - g) * 7)
       FROM organizations o
       CROSS JOIN LATERAL (SELECT CASE WHEN o.id = $1 THEN $2::int ELSE $3::int END AS total) n
       CROSS JOIN LATERAL generate_series(1, n.total) g
       JOIN LATERAL (SELECT user_id FROM memberships WHERE organization_id = o.id ORDER BY user_id OFFSET g % 3 LIMIT 1) m ON true
      WHERE o.id = $1 OR o.name LIKE 'Scale org %'
      ORDER BY g`,
    [orgId, plan.benchAudit, plan.auditPerOtherOrg],
  );
  await client.query(`SET session_replication_role = DEFAULT`);
  const start = Date.now();
  await client.query('VACUUM ANALYZE');
  log(`  vacuum analyze (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return { bigBudgetId: big, scheduleEventId: scheduleEvent };
}

/** The maintained totals agree with a fresh aggregate of the lines (0 mismatching categories). */
export async function checkTotals(client) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS bad FROM budget_category_totals t
       LEFT JOIN (SELECT category_id, count(*) AS n, sum(estimate) AS estimate, sum(actual) AS actual, sum(paid) AS paid,
                         sum(pending_expenses) AS pending FROM budget_lines GROUP BY category_id) l ON l.category_id = t.category_id
      WHERE t.line_count <> coalesce(l.n, 0) OR t.estimate <> coalesce(l.estimate, 0) OR t.actual <> coalesce(l.actual, 0)
         OR t.paid <> coalesce(l.paid, 0) OR t.pending_expenses <> coalesce(l.pending, 0)`,
  );
  const { rows: spend } = await client.query(
    `SELECT count(*)::int AS bad FROM budget_lines l
       JOIN (SELECT line_id, sum(amount_budget) FILTER (WHERE status IN ('approved', 'paid')) AS actual FROM expenses GROUP BY line_id) x ON x.line_id = l.id
      WHERE l.actual <> x.actual`,
  );
  return rows[0].bad + spend[0].bad;
}

/** Row counts, for the report. */
export async function counts(client) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM organizations)::int AS organizations, (SELECT count(*) FROM events)::int AS events,
            (SELECT count(*) FROM budget_lines)::int AS lines, (SELECT count(*) FROM tasks)::int AS tasks,
            (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM vendors)::int AS vendors,
            pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  return rows[0];
}

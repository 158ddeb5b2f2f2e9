// The timeline figures: critical path and move-with-cascade on 2,000 tasks and 5,000
// dependencies (pure domain and through the API), and the vendor's "My tasks" under load
// with 100 organizations of data in the database.
import { analyzeSchedule, moveTask } from '@rundown/domain';
import { measureGanttRender } from './gantt-render.mjs';
import { createEvent, loadRows, loadWhileChanging, ms, percentile, signUp } from './session.mjs';

const TASKS = 2000;
const DEPENDENCIES = 5000;
const ORGS = 100;
/** The vendor portal's page size (apps/web MY_TASKS_PAGE). */
const PORTAL_PAGE = 50;

/** A random acyclic schedule: every dependency points from a lower to a higher index. */
function schedule(seed = 7) {
  let x = seed;
  const random = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const tasks = Array.from({ length: TASKS }, (_, i) => ({ id: `t${i}`, start: Math.floor(random() * 20000), duration: 30 + Math.floor(random() * 240) }));
  const seen = new Set();
  const dependencies = [];
  while (dependencies.length < DEPENDENCIES) {
    const a = Math.floor(random() * (TASKS - 1));
    const b = a + 1 + Math.floor(random() * Math.min(50, TASKS - a - 1));
    if (seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    dependencies.push({ predecessorId: `t${a}`, successorId: `t${b}`, type: ['FS', 'SS', 'FF', 'SF'][Math.floor(random() * 4)], lag: Math.floor(random() * 60) });
  }
  return { tasks, dependencies };
}

/** Warm-up runs before the measured ones: the first calls pay for V8 compiling the code. */
const WARM_UP = 5;

function time(runs, work) {
  for (let i = 0; i < WARM_UP; i++) work(runs + i);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work(i);
    samples.push(ms(start));
  }
  return samples;
}

export async function benchTimeline({ base, pool, session, againstBare, load }) {
  const figures = [];
  const { tasks, dependencies } = schedule();
  const cpm = time(30, () => analyzeSchedule(tasks, dependencies));
  const move = time(30, (i) => moveTask(tasks, dependencies, `t${i * 7}`, tasks[i * 7].start + 600));
  figures.push([`critical path, domain (${TASKS} tasks, ${DEPENDENCIES} deps, ${cpm.length} runs)`, `p50 ${percentile(cpm, 50).toFixed(1)} ms`, `max ${Math.max(...cpm).toFixed(1)} ms`, 'target < 50 ms']);
  figures.push(['move with cascade, domain', `p50 ${percentile(move, 50).toFixed(1)} ms`, `max ${Math.max(...move).toFixed(1)} ms`, 'target < 50 ms']);

  // The same schedule in an event, written with SQL (setup), then read and moved through the API.
  const event = await createEvent(base, session, 'Festival Timeline');
  const ids = await pool.query(
    `INSERT INTO tasks (organization_id, event_id, title, start_at, end_at)
     SELECT $1, $2, 'Task ' || i, timestamptz '2027-06-01 00:00+07' + make_interval(mins => s), timestamptz '2027-06-01 00:00+07' + make_interval(mins => s + d)
       FROM unnest($3::int[], $4::int[]) WITH ORDINALITY AS x(s, d, i) ORDER BY i RETURNING id`,
    [session.orgId, event.id, tasks.map((t) => t.start), tasks.map((t) => t.duration)],
  );
  const idOf = (taskId) => ids.rows[Number(taskId.slice(1))].id;
  await pool.query(
    `INSERT INTO task_dependencies (organization_id, event_id, predecessor_id, successor_id, type, lag_minutes)
     SELECT $1, $2, * FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::int[])`,
    [session.orgId, event.id, dependencies.map((d) => idOf(d.predecessorId)), dependencies.map((d) => idOf(d.successorId)), dependencies.map((d) => d.type), dependencies.map((d) => d.lag)],
  );
  await pool.query('VACUUM ANALYZE tasks, task_dependencies');
  const eventUrl = `${base}/api/orgs/${session.orgId}/events/${event.id}`;
  const apiSchedule = [];
  const apiMove = [];
  for (let i = 0; i < 20; i++) {
    let start = process.hrtime.bigint();
    const s = await fetch(`${eventUrl}/schedule`, { headers: { cookie: session.cookie } });
    if (s.status !== 200) throw new Error(`schedule: ${s.status}`);
    await s.arrayBuffer();
    apiSchedule.push(ms(start));
    start = process.hrtime.bigint();
    const m = await fetch(`${eventUrl}/tasks/${ids.rows[i * 50].id}/move`, {
      method: 'POST', headers: session.headers, body: JSON.stringify({ startAt: '2027-06-02T10:00:00+07:00', preview: true }),
    });
    if (m.status !== 200) throw new Error(`move: ${m.status} ${await m.text()}`);
    await m.arrayBuffer();
    apiMove.push(ms(start));
  }
  figures.push(['critical path, API round trip', `p50 ${percentile(apiSchedule, 50).toFixed(0)} ms`, `p99 ${percentile(apiSchedule, 99).toFixed(0)} ms`, '']);
  figures.push(['move preview with cascade, API round trip', `p50 ${percentile(apiMove, 50).toFixed(0)} ms`, `p99 ${percentile(apiMove, 99).toFixed(0)} ms`, '']);

  const gantt = await measureGanttRender({ baseUrl: base, cookie: session.cookie, orgId: session.orgId, eventId: event.id });
  figures.push([`Gantt first render in Chromium (${gantt.tasks} tasks, median of ${gantt.runsMs.length})`, `${gantt.firstRenderMs} ms`, `runs ${gantt.runsMs.join(', ')} ms`, 'target < 1000 ms']);
  figures.push(['  all tasks in the chart (last run)', `${gantt.allTasksMs} ms`, '', '']);
  figures.push(['  first render in a Chromium just launched', `${gantt.coldStartMs} ms`, '', '']);

  // 100 organizations, each with an event, a vendor and 200 tasks; one vendor login works for 10 of them.
  const vendor = await signUp(base, 'vendor');
  const seeded = await pool.query(
    `WITH orgs AS (INSERT INTO organizations (name) SELECT 'Bench org ' || g FROM generate_series(1, $1) g RETURNING id),
          evs AS (INSERT INTO events (organization_id, name, kind, status, start_at, end_at, time_zone, currency)
                  SELECT id, 'Event', 'live_event', 'planning', now(), now() + interval '3 days', 'Asia/Jakarta', 'IDR' FROM orgs RETURNING id, organization_id),
          vs AS (INSERT INTO vendors (organization_id, name, category) SELECT organization_id, 'PT Bench Sound', 'av_rental' FROM evs RETURNING id, organization_id)
     INSERT INTO tasks (organization_id, event_id, title, start_at, end_at, vendor_id)
     SELECT e.organization_id, e.id, 'Task ' || n, now() + make_interval(hours => n), now() + make_interval(hours => n + 2),
            CASE WHEN n % 4 = 0 THEN v.id END
       FROM evs e JOIN vs v ON v.organization_id = e.organization_id, generate_series(1, 200) n
     RETURNING organization_id`,
    [ORGS],
  );
  const orgIds = [...new Set(seeded.rows.map((r) => r.organization_id))].slice(0, 10);
  await pool.query(
    `INSERT INTO memberships (organization_id, user_id, role) SELECT unnest($1::uuid[]), $2, 'vendor';
     `.trim(),
    [orgIds, vendor.me.user.id],
  );
  await pool.query(`INSERT INTO vendor_users (vendor_id, user_id, organization_id) SELECT id, $2, organization_id FROM vendors WHERE organization_id = ANY($1::uuid[])`, [
    orgIds, vendor.me.user.id,
  ]);
  await pool.query('VACUUM ANALYZE');
  const myTasksUrl = `${base}/api/me/tasks?limit=${PORTAL_PAGE}`;
  const check = await (await fetch(myTasksUrl, { headers: { cookie: vendor.cookie } })).json();
  if (check.items.length !== PORTAL_PAGE) throw new Error(`my tasks returned ${check.items.length}`);

  const runs = await againstBare(myTasksUrl, { cookie: vendor.cookie }, { VENDOR_USER_ID: vendor.me.user.id }, `/my-tasks?limit=${PORTAL_PAGE}`);
  figures.push(...loadRows(`vendor "My tasks" (kept pages), ${ORGS} orgs, ${ORGS * 200} tasks`, 'target p99 < 50 ms', runs));

  // The API keeps a user's pages until a change touches them (VendorTasksCache); the bare handler
  // reads every time. The same load again while the vendor's organizations keep working: every
  // 100 ms a task of one of them changes, each change drops the vendor's pages, and the reads
  // after it go to the database.
  figures.push(
    await loadWhileChanging(load, myTasksUrl, { cookie: vendor.cookie }, 'a task', (n) =>
      pool.query(`UPDATE tasks SET updated_at = now() WHERE id = (SELECT id FROM tasks WHERE organization_id = $1 AND vendor_id IS NOT NULL LIMIT 1)`, [
        orgIds[n % orgIds.length],
      ]),
    ),
  );
  return figures;
}

// Gantt chart in a real browser: time from navigation to the first bars on screen, for an event
// the caller seeded (the bench seeds 2,000 tasks), and how many bars the DOM holds at that moment
// (rows are virtualized, so it stays near one screenful).
//
//   BASE_URL=http://127.0.0.1:3300 COOKIE='rd_session=…' ORG_ID=… EVENT_ID=… node tests/bench/gantt-render.mjs
//
// `measureGanttRender` is exported for tests/bench/run.mjs.
import { pathToFileURL } from 'node:url';
import { firstFrame, measureFirstRender } from './browser.mjs';

/** What the measurement waits for, checked in the page once per frame after DOM changes. */
const GANTT_MARKS = {
  // A bar painted inside the chart's visible area (right of the sticky task column).
  firstBars: () => {
    const scroller = document.querySelector('[data-testid="gantt-scroll"]');
    const column = document.querySelector('[data-testid="gantt-row"]');
    if (!scroller || !column) return false;
    const view = scroller.getBoundingClientRect();
    const left = column.getBoundingClientRect().right;
    for (const bar of document.querySelectorAll('[data-testid="gantt-bar"]')) {
      const r = bar.getBoundingClientRect();
      if (r.right > left && r.left < view.right && r.bottom > view.top && r.top < view.bottom) return true;
    }
    return false;
  },
  allTasks: (count) => document.querySelector('[data-testid="gantt"]')?.getAttribute('data-task-count') === String(count),
};

/** How many tasks the event has, counted through the API (pages of 5,000). */
async function countTasks(baseUrl, cookie, orgId, eventId) {
  let count = 0;
  let cursor = '';
  do {
    const url = `${baseUrl}/api/orgs/${orgId}/events/${eventId}/tasks?limit=5000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok) throw new Error(`tasks: HTTP ${response.status}`);
    const page = await response.json();
    count += page.items.length;
    cursor = page.nextCursor ?? '';
  } while (cursor);
  return count;
}

/**
 * First bars on screen (median of `runs`, see `measureFirstRender`), then on the last run all
 * tasks in the chart and how many bars and rows the DOM holds.
 *
 * @param {{ baseUrl: string, cookie: string, orgId: string, eventId: string, timeoutMs?: number, executablePath?: string, runs?: number }} options
 * @returns {Promise<{ firstRenderMs: number, runsMs: number[], coldStartMs: number, tasks: number, allTasksMs: number, barsInDom: number, rowsInDom: number }>}
 */
export async function measureGanttRender({ baseUrl, cookie, orgId, eventId, timeoutMs = 60_000, executablePath, runs }) {
  const tasks = await countTasks(baseUrl, cookie, orgId, eventId);
  if (tasks === 0) throw new Error('The event has no tasks: seed it first');
  const { firstRenderMs, runsMs, coldStartMs, last } = await measureFirstRender({
    baseUrl, cookie, executablePath, runs, timeoutMs,
    path: `/orgs/${orgId}/events/${eventId}/timeline`,
    marks: GANTT_MARKS,
    arg: tasks,
    mark: 'firstBars',
    afterLastRun: async (page) => {
      const allTasksMs = await firstFrame(page, 'allTasks', timeoutMs);
      const dom = await page.evaluate(() => ({
        bars: document.querySelectorAll('[data-testid="gantt-bar"]').length,
        rows: document.querySelectorAll('[data-testid="gantt-row"]').length,
      }));
      return { allTasksMs: Math.round(allTasksMs), barsInDom: dom.bars, rowsInDom: dom.rows };
    },
  });
  return { firstRenderMs, runsMs, coldStartMs, tasks, ...last };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { BASE_URL, COOKIE, ORG_ID, EVENT_ID } = process.env;
  if (!BASE_URL || !COOKIE || !ORG_ID || !EVENT_ID) {
    console.error('Set BASE_URL, COOKIE (rd_session=…), ORG_ID and EVENT_ID.');
    process.exit(2);
  }
  measureGanttRender({ baseUrl: BASE_URL, cookie: COOKIE, orgId: ORG_ID, eventId: EVENT_ID })
    .then((r) => {
      console.log('\nRundown benchmark — Gantt chart (Chromium, 1440×900)');
      console.log(`  tasks in the event                          ${r.tasks}`);
      console.log(`  navigation → first bars visible (median)    ${r.firstRenderMs} ms        target < 1000 ms   (runs: ${r.runsMs.join(', ')} ms)`);
      console.log(`  the same, Chromium just launched            ${r.coldStartMs} ms`);
      console.log(`  all tasks in the chart                      ${r.allTasksMs} ms`);
      console.log(`  bars / rows in the DOM                      ${r.barsInDom} / ${r.rowsInDom}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}

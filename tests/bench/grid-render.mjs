// Budget grid in a real browser: time from navigation to the first rows with the totals bar
// showing the right line count (median of runs), then a scroll pass from top to bottom (one
// viewport per frame).
//
//   BASE_URL=http://127.0.0.1:3100 COOKIE='rd_session=…' ORG_ID=… EVENT_ID=… node tests/bench/grid-render.mjs
//
// `measureGridRender` is exported for tests/bench/run.mjs (which seeds the 10,000 lines).
import { pathToFileURL } from 'node:url';
import { firstFrame, measureFirstRender } from './browser.mjs';

/** What the measurement waits for, checked in the page once per frame after DOM changes. */
const GRID_MARKS = {
  // The first rows, with the totals bar already counting every line (the API's own count).
  firstRows: (count) =>
    document.querySelector('[data-testid="budget-grid"] [data-line-id]') !== null &&
    document.querySelector('[data-testid="total-lines"]')?.getAttribute('data-line-count') === String(count),
  allLines: (count) => {
    const grid = document.querySelector('[data-testid="budget-grid"]');
    return grid !== null && grid.getAttribute('aria-busy') !== 'true' && Number(grid.getAttribute('data-lines-loaded')) >= count;
  },
};

/** The scroll pass: one viewport per animation frame, top to bottom, rows rendered at every stop. */
async function scrollPass(page) {
  const scroll = await page.evaluate(async () => {
    const grid = document.querySelector('[data-testid="budget-grid"]');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    grid.scrollTop = 0;
    await frame();
    const start = performance.now();
    let last = start;
    let frames = 0;
    let slowFrames = 0;
    let worstFrameMs = 0;
    let emptyStops = 0;
    while (grid.scrollTop + grid.clientHeight < grid.scrollHeight - 1) {
      grid.scrollTop += grid.clientHeight;
      await frame();
      const now = performance.now();
      const took = now - last;
      last = now;
      frames += 1;
      if (took > 50) slowFrames += 1;
      worstFrameMs = Math.max(worstFrameMs, took);
      if (grid.querySelectorAll('[data-line-id]').length === 0) emptyStops += 1;
    }
    // One more frame so the last rows are painted.
    await frame();
    return {
      scrollMs: performance.now() - start,
      frames,
      slowFrames,
      worstFrameMs,
      emptyStops,
      renderedRows: grid.querySelectorAll('[role="row"][aria-rowindex]').length,
    };
  });
  if (scroll.emptyStops > 0) throw new Error(`${scroll.emptyStops} scroll positions showed no rows`);
  return scroll;
}

/**
 * First rows (median of `runs`, see `measureFirstRender`), then on the last run all lines loaded
 * and the scroll pass.
 *
 * @param {{ baseUrl: string, cookie: string, orgId: string, eventId: string, timeoutMs?: number, executablePath?: string, runs?: number }} options
 * @returns {Promise<{ firstRenderMs: number, runsMs: number[], coldStartMs: number, allLinesMs: number, scrollMs: number, frames: number, slowFrames: number, worstFrameMs: number, rows: number, renderedRows: number }>}
 */
export async function measureGridRender({ baseUrl, cookie, orgId, eventId, timeoutMs = 60_000, executablePath, runs }) {
  // What the totals bar must say: the API's own count.
  const summaryResponse = await fetch(`${baseUrl}/api/orgs/${orgId}/events/${eventId}/budget/summary`, { headers: { cookie } });
  if (!summaryResponse.ok) throw new Error(`summary: HTTP ${summaryResponse.status}`);
  const rows = (await summaryResponse.json()).lineCount;

  const { firstRenderMs, runsMs, coldStartMs, last } = await measureFirstRender({
    baseUrl, cookie, executablePath, runs, timeoutMs,
    path: `/orgs/${orgId}/events/${eventId}/budget`,
    marks: GRID_MARKS,
    arg: rows,
    mark: 'firstRows',
    // The rest of the lines arrive in pages; the grid knows them all when its row count covers them.
    afterLastRun: async (page) => {
      const allLinesMs = await firstFrame(page, 'allLines', timeoutMs);
      const scroll = await scrollPass(page);
      return { ...scroll, allLinesMs: Math.round(allLinesMs), scrollMs: Math.round(scroll.scrollMs), worstFrameMs: Math.round(scroll.worstFrameMs) };
    },
  });
  return { firstRenderMs, runsMs, coldStartMs, rows, ...last };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { BASE_URL, COOKIE, ORG_ID, EVENT_ID } = process.env;
  if (!BASE_URL || !COOKIE || !ORG_ID || !EVENT_ID) {
    console.error('Set BASE_URL, COOKIE (rd_session=…), ORG_ID and EVENT_ID.');
    process.exit(2);
  }
  measureGridRender({ baseUrl: BASE_URL, cookie: COOKIE, orgId: ORG_ID, eventId: EVENT_ID })
    .then((r) => {
      console.log('\nRundown benchmark — budget grid (Chromium, 1440×900)');
      console.log(`  lines in the budget                         ${r.rows}`);
      console.log(`  first rows + totals bar with line count     ${r.firstRenderMs} ms (median)  target < 1000 ms   (runs: ${r.runsMs.join(', ')} ms)`);
      console.log(`  the same, Chromium just launched            ${r.coldStartMs} ms`);
      console.log(`  all lines loaded into the grid              ${r.allLinesMs} ms`);
      console.log(`  scroll top → bottom, one viewport a frame   ${r.scrollMs} ms, ${r.frames} frames (${(r.scrollMs / Math.max(1, r.frames)).toFixed(1)} ms/frame, worst ${r.worstFrameMs} ms, ${r.slowFrames} over 50 ms)`);
      console.log(`  rows in the DOM at the end                  ${r.renderedRows}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}

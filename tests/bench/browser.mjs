// Chromium for the render benchmarks: Debian's binary, no background traffic, signed in by cookie,
// and how a screen's first render is measured.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { percentile } from './session.mjs';

/** "rd_session=abc; Path=/…" or "abc" → { name, value }. */
function parseCookie(cookie) {
  const first = String(cookie).split(';')[0].trim();
  const eq = first.indexOf('=');
  return eq < 0 ? { name: 'rd_session', value: first } : { name: first.slice(0, eq), value: first.slice(eq + 1) };
}

/** Chromium as the benchmarks launch it; close it when done. */
const launchBrowser = (executablePath = CHROMIUM_PATH) => chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** A new 1440×900 English context on `baseUrl` carrying the session cookie. */
async function signedInContext(browser, { baseUrl, cookie }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', baseURL: baseUrl });
  const { name, value } = parseCookie(cookie);
  await context.addCookies([{ name, value, url: baseUrl }]);
  return context;
}

/** How long the site's tab stays open before the measured navigation. */
const SETTLE_MS = 1000;

/**
 * How long a screen takes to draw, as its users meet it: each run opens `path` in a new context
 * (nothing of the dashboard cached: code, data and fonts load from the server) from a tab that
 * already shows the site — its health check, which loads none of the dashboard — the way a
 * browser that is open on the product navigates. Chromium's own start-up (its processes and first
 * connection, 300–700 ms on this VM) is reported apart, from one run in a browser just launched
 * that opens the screen as its first page.
 *
 * `mark` is a condition of `marks` (see `stampFirstFrames`); `afterLastRun(page)` measures more
 * on the last run's page before it closes.
 *
 * @returns {Promise<{ firstRenderMs: number, runsMs: number[], coldStartMs: number, last: any }>}
 */
export async function measureFirstRender({ baseUrl, cookie, executablePath, path, marks, arg, mark, runs = 5, timeoutMs = 60_000, afterLastRun = async () => null }) {
  const open = async (browser, fromSiteTab) => {
    const context = await signedInContext(browser, { baseUrl, cookie });
    await stampFirstFrames(context, marks, arg);
    const page = await context.newPage();
    // A server started before the dashboard was rebuilt answers 404 for the new asset names.
    const broken = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && new URL(r.url()).pathname.startsWith('/assets/')) broken.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    page.on('pageerror', (e) => broken.push(`page error: ${e.message}`));
    if (fromSiteTab) {
      await page.goto('/api/health');
      // Let the new tab settle, as a browser the user already has open has.
      await page.waitForTimeout(SETTLE_MS);
    }
    await page.goto(path, { waitUntil: 'commit' });
    const firstMs = await firstFrame(page, mark, timeoutMs).catch((error) => {
      if (broken.length > 0) throw new Error(`${path} did not render (${broken.join('; ')}); restart the server after building the web app`);
      throw error;
    });
    return { context, page, firstMs: Math.round(firstMs) };
  };

  const cold = await launchBrowser(executablePath);
  const coldStartMs = await open(cold, false).then((r) => r.firstMs).finally(() => cold.close());

  const browser = await launchBrowser(executablePath);
  try {
    const runsMs = [];
    let last = null;
    for (let run = 0; run < runs; run++) {
      const { context, page, firstMs } = await open(browser, true);
      runsMs.push(firstMs);
      if (run === runs - 1) last = await afterLastRun(page);
      await context.close();
    }
    return { firstRenderMs: percentile(runsMs, 50), runsMs, coldStartMs, last };
  } finally {
    await browser.close();
  }
}

/**
 * Records, inside every page of `context`, the first frame in which each condition holds:
 * after any DOM change one animation frame checks the pending conditions, and a condition that
 * holds is stamped with that frame's `performance.now()` (counted from navigation start). The
 * conditions run in the page (no closures; each gets `arg`) and must be cheap. This replaces polling from
 * Playwright (`waitForFunction`), whose injected script costs the page a few hundred ms of its
 * own CPU while it is still loading — time no user's browser spends.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Record<string, (arg: any) => boolean>} conditions
 * @param {unknown} [arg] JSON-serializable
 */
export async function stampFirstFrames(context, conditions, arg = null) {
  const entries = Object.entries(conditions).map(([name, holds]) => `[${JSON.stringify(name)}, ${holds.toString()}]`);
  await context.addInitScript({
    content: `(() => {
      const arg = ${JSON.stringify(arg)};
      const pending = new Map([${entries.join(', ')}]);
      const stamps = (window.__firstFrames = {});
      let scheduled = false;
      const check = (now) => {
        scheduled = false;
        for (const [name, holds] of pending) {
          if (holds(arg)) {
            stamps[name] = now;
            pending.delete(name);
          }
        }
        if (pending.size === 0) observer.disconnect();
      };
      const observer = new MutationObserver(() => {
        if (!scheduled) {
          scheduled = true;
          requestAnimationFrame(check);
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    })();`,
  });
}

/** Waits for a stamp `stampFirstFrames` records; returns its time in ms from navigation start. */
export async function firstFrame(page, name, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stamp = await page.evaluate((n) => window.__firstFrames?.[n], name);
    if (typeof stamp === 'number') return stamp;
    if (Date.now() > deadline) throw new Error(`"${name}" did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Chromium for the render benchmarks: Debian's binary, no background traffic, signed in by cookie.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

/** "rd_session=abc; Path=/…" or "abc" → { name, value }. */
function parseCookie(cookie) {
  const first = String(cookie).split(';')[0].trim();
  const eq = first.indexOf('=');
  return eq < 0 ? { name: 'rd_session', value: first } : { name: first.slice(0, eq), value: first.slice(eq + 1) };
}

/** A 1440×900 English context on `baseUrl` carrying the session cookie; close the browser when done. */
export async function signedInBrowser({ baseUrl, cookie, executablePath = CHROMIUM_PATH }) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', baseURL: baseUrl });
  const { name, value } = parseCookie(cookie);
  await context.addCookies([{ name, value, url: baseUrl }]);
  return { browser, context };
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

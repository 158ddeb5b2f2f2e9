// Chromium for the render benchmarks: Debian's binary, no background traffic, signed in by cookie.
import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** "rd_session=abc; Path=/…" or "abc" → { name, value }. */
function parseCookie(cookie) {
  const first = String(cookie).split(';')[0].trim();
  const eq = first.indexOf('=');
  return eq < 0 ? { name: 'rd_session', value: first } : { name: first.slice(0, eq), value: first.slice(eq + 1) };
}

/** A 1440×900 English context on `baseUrl` carrying the session cookie; close the browser when done. */
export async function signedInBrowser({ baseUrl, cookie, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', baseURL: baseUrl });
  const { name, value } = parseCookie(cookie);
  await context.addCookies([{ name, value, url: baseUrl }]);
  return { browser, context };
}

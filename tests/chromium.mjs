// Debian's Chromium as the e2e journeys and the render benchmarks launch it: no sandbox (root in
// CI), no GPU, and no background traffic (this machine's network is closed; Chromium would keep
// retrying its own services).

/** The browser binary: Debian's, unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

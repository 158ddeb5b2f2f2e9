import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3210);

/**
 * Browser journeys against the app started the way `pnpm start` starts it (built API
 * serving the built dashboard, embedded PostgreSQL), on its own port and data folder.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The longest journey takes ~30 s on a quiet 2-core machine and ~70 s with a core taken by
  // another process; the margin absorbs a busier one.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'rm -rf .data/e2e-postgres && node apps/api/dist/main.js',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { PORT: String(PORT), HOST: '127.0.0.1', EMBEDDED_PG_DIR: '.data/e2e-postgres', LOG_LEVEL: 'warn', DATABASE_URL: '' },
  },
});

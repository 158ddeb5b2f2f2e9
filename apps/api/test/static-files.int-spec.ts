import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TestClient } from './client.js';
import { useTestApp } from './harness.js';

// A built dashboard: the page, the boot script and one hashed asset.
const webDist = mkdtempSync(join(tmpdir(), 'rundown-web-'));
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(webDist, 'boot.js'), 'void 0;');
writeFileSync(join(webDist, 'assets', 'index-AbC123.js'), 'void 0;');

const t = useTestApp({ WEB_DIST_DIR: webDist });

describe('the dashboard files', () => {
  it('caches hashed assets for good and revalidates the page and the boot script', async () => {
    const client = new TestClient(t.app);
    const asset = await client.get('/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/boot.js']) {
      const res = await client.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('answers a dashboard route with the page, revalidated', async () => {
    const res = await new TestClient(t.app).get('/orgs/x/events');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});

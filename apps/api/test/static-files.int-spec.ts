import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TestClient } from './client.js';
import { useTestApp } from './harness.js';

// A built dashboard: the page, the boot script and one hashed asset. The page and the asset
// have the .br and .gz copies the web build writes; the boot script, too small, has none.
const webDist = mkdtempSync(join(tmpdir(), 'rundown-web-'));
mkdirSync(join(webDist, 'assets'));
const page = Buffer.from(`<!doctype html><div id="root"></div>${'<!-- padding -->'.repeat(100)}`);
const asset = Buffer.from(Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i};\n`).join(''));
const compressed = (raw: Buffer) => ({ raw, br: brotliCompressSync(raw), gz: gzipSync(raw) });
const files = { page: compressed(page), asset: compressed(asset) };
for (const [path, f] of [['index.html', files.page], [join('assets', 'index-AbC123.js'), files.asset]] as const) {
  writeFileSync(join(webDist, path), f.raw);
  writeFileSync(join(webDist, `${path}.br`), f.br);
  writeFileSync(join(webDist, `${path}.gz`), f.gz);
}
writeFileSync(join(webDist, 'boot.js'), 'void 0;');

const t = useTestApp({ WEB_DIST_DIR: webDist });

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ method: 'GET', url, headers });
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
}

const varies = (headers: Record<string, unknown>) => String(headers.vary ?? '').toLowerCase().split(/\s*,\s*/).includes('accept-encoding');

describe('the dashboard files', () => {
  it('caches hashed assets for good and revalidates the page and the boot script', async () => {
    const client = new TestClient(t.app);
    const res = await client.get('/assets/index-AbC123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
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

describe('precompressed dashboard files', () => {
  it('sends the Brotli copy when the client takes br, whatever else it takes', async () => {
    for (const accept of ['br', 'gzip, deflate, br, zstd', 'gzip;q=0.8, br']) {
      const res = await get('/assets/index-AbC123.js', { 'accept-encoding': accept });
      expect(res.status, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe('br');
      expect(res.headers['content-type'], accept).toMatch(/javascript/);
      expect(Number(res.headers['content-length']), accept).toBe(files.asset.br.length);
      expect(varies(res.headers), accept).toBe(true);
      expect(res.headers['cache-control'], accept).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(res.body).equals(asset), accept).toBe(true);
    }
  });

  it('sends the gzip copy when br is not taken, refused with q=0, or less wanted', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip', 'gzip, br;q=0', 'br;q=0.5, gzip', '*;q=1, br;q=0']) {
      const res = await get('/assets/index-AbC123.js', { 'accept-encoding': accept });
      expect(res.status, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(Number(res.headers['content-length']), accept).toBe(files.asset.gz.length);
      expect(varies(res.headers), accept).toBe(true);
      expect(gunzipSync(res.body).equals(asset), accept).toBe(true);
    }
  });

  it('sends the file as it is when the client takes neither, refuses both, or sends no header', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate', 'zstd']) {
      const res = await get('/assets/index-AbC123.js', accept === undefined ? {} : { 'accept-encoding': accept });
      expect(res.status, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBeUndefined();
      expect(Number(res.headers['content-length']), accept).toBe(asset.length);
      expect(varies(res.headers), accept).toBe(true);
      expect(res.headers['cache-control'], accept).toBe('public, max-age=31536000, immutable');
      expect(res.body.equals(asset), accept).toBe(true);
    }
  });

  it('sends a file with no compressed copy as it is, still marked as varying', async () => {
    const res = await get('/boot.js', { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('void 0;');
    expect(Number(res.headers['content-length'])).toBe(7);
    expect(varies(res.headers)).toBe(true);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('compresses the page, at / and as the fallback for a dashboard route, and keeps it revalidated', async () => {
    for (const url of ['/', '/orgs/x/events']) {
      const br = await get(url, { 'accept-encoding': 'gzip, br' });
      expect(br.status, url).toBe(200);
      expect(br.headers['content-type'], url).toContain('text/html');
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(br.headers['cache-control'], url).toBe('no-cache');
      expect(varies(br.headers), url).toBe(true);
      expect(brotliDecompressSync(br.body).equals(page), url).toBe(true);
      const gz = await get(url, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding'], url).toBe('gzip');
      expect(gunzipSync(gz.body).equals(page), url).toBe(true);
      const plain = await get(url);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(plain.body.equals(page), url).toBe(true);
    }
  });

  it('answers a Range request with bytes of the representation it sends', async () => {
    const br = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br', range: 'bytes=0-9' });
    expect(br.status).toBe(206);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-range']).toBe(`bytes 0-9/${files.asset.br.length}`);
    expect(Number(br.headers['content-length'])).toBe(10);
    expect(br.body.equals(files.asset.br.subarray(0, 10))).toBe(true);

    const plain = await get('/assets/index-AbC123.js', { range: 'bytes=10-19' });
    expect(plain.status).toBe(206);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-range']).toBe(`bytes 10-19/${asset.length}`);
    expect(plain.body.equals(asset.subarray(10, 20))).toBe(true);

    const beyond = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip', range: `bytes=${files.asset.gz.length + 5}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(beyond.body.toString()).code).toBe('range_not_satisfiable');
  });
});

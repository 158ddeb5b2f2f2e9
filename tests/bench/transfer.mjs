// What the first screen costs on the wire: the JavaScript index.html loads before anything
// shows (its scripts and modulepreloads), fetched from the running API as a browser would
// (Accept-Encoding: br, gzip) and as it is, and the bytes of each summed.
import { request } from 'node:http';

/** The body's bytes exactly as sent (no decompression) and the Content-Encoding. */
function fetchRaw(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
        else resolve({ bytes: Buffer.concat(chunks).length, encoding: res.headers['content-encoding'] ?? 'identity', body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The URLs of the JavaScript the page loads up front: `<script src>` and `<link rel="modulepreload">`. */
export function firstScreenScripts(html) {
  const urls = new Set();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
    if (/^<script/i.test(tag) && attr('src')) urls.add(attr('src'));
    else if (/^<link/i.test(tag) && attr('rel')?.toLowerCase() === 'modulepreload' && attr('href')) urls.add(attr('href'));
  }
  return [...urls];
}

export async function benchTransfer({ base }) {
  const page = await fetchRaw(`${base}/`);
  const scripts = firstScreenScripts(page.body.toString('utf8'));
  let compressed = 0;
  let raw = 0;
  const encodings = new Set();
  for (const src of scripts) {
    const url = new URL(src, `${base}/`).toString();
    const [sent, plain] = await Promise.all([fetchRaw(url, 'br, gzip'), fetchRaw(url)]);
    compressed += sent.bytes;
    raw += plain.bytes;
    if (sent.encoding !== 'identity') encodings.add(sent.encoding);
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  return [
    [
      `JavaScript transferred before the first screen (compressed)`,
      `${kb(compressed)} ${[...encodings].join('/') || 'not compressed'}`,
      `${kb(raw)} uncompressed, ${scripts.length} files`,
      'target < 300 KB',
    ],
  ];
}

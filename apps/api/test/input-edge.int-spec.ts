import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatesInRange1764600000000 } from '../src/database/migrations/1764600000000-dates-in-range.js';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();
/** One of this worktree's ports: the real socket is needed for what app.inject skips (Node's parser, chunked bodies). */
const PORT = Number(process.env.INPUT_EDGE_PORT ?? 3302);
let base = '';

beforeAll(async () => {
  await t.app.listen({ port: PORT, host: '127.0.0.1' });
  base = `http://127.0.0.1:${PORT}`;
});
afterAll(async () => {
  await t.app.getHttpServer().close();
});

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string; bytesSent: number };

/** Sends a body in chunks without Content-Length (Transfer-Encoding: chunked), as fast as the server reads. */
function chunkedPost(path: string, totalBytes: number, chunk = 64 * 1024): Promise<Raw> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = httpRequest(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, bytesSent: sent }));
    });
    req.on('error', reject);
    const piece = Buffer.alloc(chunk, 0x20);
    const pump = () => {
      while (sent < totalBytes) {
        sent += piece.length;
        if (!req.write(sent === piece.length ? Buffer.concat([Buffer.from('{"x":"'), piece.subarray(6)]) : piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    req.on('socket', () => pump());
    req.on('close', () => undefined);
  });
}

/** Writes raw bytes on a socket and returns what comes back until the server closes it. */
function raw(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(PORT, '127.0.0.1');
    let out = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (out += d));
    socket.on('end', () => resolve(out));
    socket.on('close', () => resolve(out));
    socket.on('error', (e) => (out ? resolve(out) : reject(e)));
    socket.write(bytes);
  });
}

function expectProblem(res: { status: number; headers: Record<string, unknown>; body: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = (typeof res.body === 'string' ? JSON.parse(res.body) : res.body) as { code: string; requestId: string; status: number };
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  expect(body.requestId).toBeTruthy();
}

describe('body limits, enforced while streaming', () => {
  it('answers a chunked 30 MB login with 413 after reading about 1 MiB, and stays responsive', async () => {
    const started = Date.now();
    const res = await chunkedPost('/api/auth/login', 30 * 1024 * 1024).catch((e: Error) => ({ error: e }));
    // The server closes the connection after its 413; the client may see the reset while still writing.
    if ('error' in res) throw res.error;
    expectProblem(res, 413, 'payload_too_large');
    expect(res.headers.connection).toBe('close');
    expect(Date.now() - started).toBeLessThan(10_000);
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
  });

  it('answers a chunked body over 1 MiB on sign-up too, and one under the limit normally', async () => {
    expectProblem(await chunkedPost('/api/auth/signup', 2 * 1024 * 1024), 413, 'payload_too_large');
    const small = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode('{"email":"nobody@example.id",'));
          c.enqueue(new TextEncoder().encode('"password":"wrong password"}'));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(small.status).toBe(401);
  });

  it('keeps the import route’s larger limit', async () => {
    const owner = await new TestClient(t.app).signup('big');
    const event = await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent());
    const url = `/api/orgs/${owner.orgId}/events/${event.body.id}/budget/lines/import`;
    const row = { category: 'Sound', description: 'x'.repeat(250), rate: '1000' };
    const rows = Array.from({ length: 6000 }, () => row);
    const res = await owner.post(url, { rows });
    expect(JSON.stringify({ rows }).length).toBeGreaterThan(1024 * 1024);
    expect(res.status).not.toBe(413);
  });
});

describe('framework-level errors are problem+json', () => {
  it('malformed JSON, invalid UTF-8 and an empty JSON body', async () => {
    const post = (body: BodyInit) => fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const malformed = await post('{"email":');
    expectProblem({ status: malformed.status, headers: Object.fromEntries(malformed.headers), body: await malformed.text() }, 400, 'validation_failed');
    const invalid = await post(Buffer.concat([Buffer.from('{"email":"a@b.id","password":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
    const invalidBody = await invalid.text();
    expectProblem({ status: invalid.status, headers: Object.fromEntries(invalid.headers), body: invalidBody }, 400, 'validation_failed');
    expect(invalidBody).toContain('UTF-8');
  });

  it('a URL segment over the router’s limit (414), headers too large (431), a malformed request line (400)', async () => {
    const long = await fetch(`${base}/api/invitations/${'a'.repeat(200)}`);
    expectProblem({ status: long.status, headers: Object.fromEntries(long.headers), body: await long.text() }, 414, 'uri_too_long');

    const huge = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(huge).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(huge.slice(huge.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'headers_too_large', status: 431, requestId: expect.any(String) });

    const garbage = await raw('FOO BAR BAZ\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'bad_request', requestId: expect.any(String) });

    const badUrl = await raw('GET /api/invitations/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(badUrl).toMatch(/^HTTP\/1\.1 (400|404) /);
    expect(badUrl).toMatch(/content-type: application\/problem\+json/i);
  });

  it('an unsupported method and an unknown route', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'TRACE', 'SEARCH']) {
      const text = await raw(`${method} /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1]);
      expect(status, method).toBeGreaterThanOrEqual(200);
      if (status >= 400) {
        expect(text, method).toMatch(/content-type: application\/problem\+json/i);
        expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)), method).toMatchObject({ code: expect.any(String), requestId: expect.any(String) });
      }
    }
    const unknown = await fetch(`${base}/api/nope/nope`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expectProblem({ status: unknown.status, headers: Object.fromEntries(unknown.headers), body: await unknown.text() }, 404, 'not_found');
  });
});

describe('text PostgreSQL cannot store is a 400 naming the field', () => {
  it('NUL and lone surrogates in a body field, a query filter and an import row', async () => {
    const owner = await new TestClient(t.app).signup('nul');
    const events = `/api/orgs/${owner.orgId}/events`;
    for (const name of ['Konser\u0000Senja', 'Konser \ud800', '\udc00']) {
      const res = await owner.post(events, jakartaEvent({ name }));
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors).toContainEqual(expect.objectContaining({ pointer: '/body/name', code: 'unsafe_text' }));
    }
    const query = await owner.get(`${events}?q=a%00b`);
    expectProblem(query, 400, 'validation_failed');
    expect(query.body.errors).toContainEqual(expect.objectContaining({ pointer: '/query/q' }));
    const surrogate = await owner.get(`${events}?q=a%ED%A0%80b`);
    expect(surrogate.status).toBeLessThan(500);

    const event = await owner.post(events, jakartaEvent());
    const imported = await owner.post(`${events}/${event.body.id}/budget/lines/import`, {
      rows: [{ category: 'Sound', description: 'ok', rate: '1' }, { category: 'Sound', description: 'bad\u0000', rate: '1' }],
    });
    expectProblem(imported, 400, 'validation_failed');
    expect(imported.body.errors).toContainEqual(expect.objectContaining({ pointer: '/body/rows/1/description' }));
    // An extra key no schema reads is still refused when it holds such text.
    const extra = await owner.post(events, { ...jakartaEvent(), ['k\u0000']: 'v' });
    expectProblem(extra, 400, 'validation_failed');
  });

  it('dates outside 0001-01-01 … 9999-12-31 are 400s on every kind of input', async () => {
    const owner = await new TestClient(t.app).signup('dates');
    const events = `/api/orgs/${owner.orgId}/events`;
    for (const startAt of ['0000-06-01T00:00:00Z', '9999-12-31T23:00:00-05:00']) {
      const res = await owner.post(events, jakartaEvent({ startAt, endAt: '2026-12-19T23:00:00+07:00' }));
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors).toContainEqual(expect.objectContaining({ pointer: '/body/startAt', code: 'date_out_of_range' }));
    }
    expectProblem(await owner.get(`${events}?from=0000-01-01T00:00:00Z`), 400, 'validation_failed');
    const edge = await owner.post(events, jakartaEvent({ startAt: '0001-01-01T00:00:00Z', endAt: '9999-12-31T23:59:59Z' }));
    expect(edge.status).toBe(201);
    expect(edge.body).toMatchObject({ startAt: '0001-01-01T00:00:00.000Z', endAt: '9999-12-31T23:59:59.000Z' });
  });
});

describe('dates that would leave 0001-01-01 … 9999-12-31 through a computation', () => {
  it('refuses a task move or cascade past 9999 or before 0001 (preview too), and the event overview keeps working', async () => {
    const owner = await new TestClient(t.app).signup('move');
    const event = await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent());
    const E = `/api/orgs/${owner.orgId}/events/${event.body.id}`;
    const first = await owner.post(`${E}/tasks`, { title: 'Load-in', startAt: '2026-12-17T01:00:00Z', endAt: '2026-12-17T09:00:00Z' });
    const second = await owner.post(`${E}/tasks`, { title: 'Sound check', startAt: '2026-12-18T01:00:00Z', endAt: '2026-12-18T05:00:00Z' });
    expect((await owner.post(`${E}/dependencies`, { predecessorId: first.body.id, successorId: second.body.id, lagMinutes: 525_600 })).status).toBe(201);

    // The moved task itself would end past 9999 (its 8 hours kept).
    const itself = await owner.post(`${E}/tasks/${first.body.id}/move`, { startAt: '9999-12-31T20:00:00Z' });
    expectProblem(itself, 422, 'date_out_of_range');
    expect(itself.body.errors).toContainEqual(expect.objectContaining({ pointer: '/body/startAt' }));
    // It fits, but the cascade (a year of lag) would push its successor past 9999.
    for (const preview of [true, false]) {
      const cascade = await owner.post(`${E}/tasks/${first.body.id}/move`, { startAt: '9999-06-01T00:00:00Z', endAt: '9999-06-01T08:00:00Z', preview });
      expectProblem(cascade, 422, 'date_out_of_range');
      expect(cascade.body.detail).toContain('Sound check');
    }
    // Nothing was saved; the first instant is a valid place to move to.
    const edge = await owner.post(`${E}/tasks/${second.body.id}/move`, { startAt: '0001-01-01T00:00:00Z' });
    expect(edge.status).toBe(200);
    expect((await owner.get(`${E}/overview`)).status).toBe(200);
    expect((await owner.get(`${E}/schedule`)).status).toBe(200);
    const tasks = await owner.get(`${E}/tasks`);
    expect(tasks.body.items.map((task: { endAt: string }) => task.endAt).every((d: string) => d < '9999-12-31T23:59:59.999Z')).toBe(true);
  });

  it('refuses cues that would run past 9999-12-31, and the database itself refuses such dates', async () => {
    const owner = await new TestClient(t.app).signup('cues');
    const event = await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent());
    const day = `/api/orgs/${owner.orgId}/events/${event.body.id}/rundown/9999-12-31`;
    const set = await owner.request('PUT', day, { body: { startsAt: '9999-12-31T12:00:00Z' }, headers: { 'if-none-match': '*' } });
    expect(set.status).toBe(200);
    const fits = await owner.request('POST', `${day}/cues`, { body: { title: 'Closing', durationSeconds: 11 * 3600 }, headers: { 'if-match': `"${set.body.version}"` } });
    expect(fits.status).toBe(201);
    const past = await owner.request('POST', `${day}/cues`, { body: { title: 'Encore', durationSeconds: 2 * 3600 }, headers: { 'if-match': `"${fits.body.version}"` } });
    expectProblem(past, 422, 'date_out_of_range');
    const cueId = fits.body.cues[0].id;
    const longer = await owner.request('PATCH', `${day}/cues/${cueId}`, { body: { durationSeconds: 13 * 3600 }, headers: { 'if-match': `"${fits.body.cues[0].version}"` } });
    expectProblem(longer, 422, 'date_out_of_range');
    expect((await owner.get(day)).body.cues).toHaveLength(1);

    await expect(t.sql.query(`UPDATE tasks SET end_at = '10000-01-01T00:00:00Z'`)).rejects.toThrow(/tasks_dates_in_range/);
    await expect(t.sql.query(`UPDATE events SET start_at = '0001-01-01T00:00:00Z'::timestamptz - interval '1 day'`)).rejects.toThrow(/events_dates_in_range/);
  });
});

describe('the migration that bounds stored dates', () => {
  it('runs forward on data outside the range (moving it to the nearest end), after which the overview reads again', async () => {
    const owner = await new TestClient(t.app).signup('legacy');
    const event = await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent());
    const E = `/api/orgs/${owner.orgId}/events/${event.body.id}`;
    const task = await owner.post(`${E}/tasks`, { title: 'Far', startAt: '2026-12-17T01:00:00Z', endAt: '2026-12-17T09:00:00Z' });
    const early = await owner.post(`${E}/tasks`, { title: 'Early', startAt: '2026-12-17T01:00:00Z', endAt: '2026-12-17T09:00:00Z' });
    const migration = new DatesInRange1764600000000();
    const runner = { query: (sql: string) => t.sql.query(sql) } as unknown as Parameters<typeof migration.up>[0];
    await migration.down(runner);
    try {
      // What the old code could store: a task moved past 9999 (the overview then failed) and one moved to year 0000 (1 BC).
      await t.sql.query(`UPDATE tasks SET start_at = '9999-12-31T20:00:00Z', end_at = '10000-01-01T04:00:00Z', status = 'todo' WHERE id = $1`, [task.body.id]);
      await t.sql.query(`UPDATE tasks SET start_at = '0001-01-01T00:00:00Z'::timestamptz - interval '1 year' WHERE id = $1`, [early.body.id]);
      expect((await owner.get(`${E}/overview`)).status).toBe(500);
    } finally {
      await migration.up(runner);
    }
    const overview = await owner.get(`${E}/overview`);
    expect(overview.status).toBe(200);
    const { rows } = await t.sql.query<{ id: string; start_at: Date; end_at: Date }>(`SELECT id, start_at, end_at FROM tasks WHERE id = ANY($1)`, [[task.body.id, early.body.id]]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(task.body.id)!.end_at.toISOString()).toBe('9999-12-31T23:59:59.999Z');
    expect(byId.get(early.body.id)!.start_at.toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect((await owner.get(`${E}/tasks`)).status).toBe(200);
  });
});

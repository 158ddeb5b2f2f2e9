import { api, timelineApi } from '@rundown/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, clearCsrfToken } from './api-client';
import { jsonResponse } from '../test/render';

const ORG = '6f0b7a4e-2f7b-4d53-9d6b-2d7f3f6f8a11';
const EVENT = '0b3e1d8c-7f4a-4a57-8a3b-5b2f4c1f0e22';

const event = {
  id: EVENT,
  name: 'Konser Senja',
  kind: 'live_event',
  status: 'planning',
  startAt: '2026-12-19T08:00:00.000Z',
  endAt: '2026-12-19T16:30:00.000Z',
  timeZone: 'Asia/Jakarta',
  venue: 'Istora Senayan',
  client: null,
  currency: 'IDR',
  notes: null,
  scale: null,
  expectedAttendance: null,
  version: 3,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
};

function problem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return jsonResponse(status, { type: 'about:blank', title: code, status, code, requestId: 'req-1', ...extra }, 'application/problem+json');
}

type Call = { url: string; init: RequestInit };
let calls: Call[];
let responses: Array<(c: Call) => Response>;

beforeEach(() => {
  clearCsrfToken();
  calls = [];
  responses = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const c = { url, init };
      calls.push(c);
      const next = responses.shift();
      if (!next) throw new Error(`Unexpected fetch ${init.method} ${url}`);
      return next(c);
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name];

describe('call()', () => {
  it('fills the path, serializes the query and parses the body with the response schema', async () => {
    responses.push(() => jsonResponse(200, { items: [event], nextCursor: null }));
    const page = await call(api.events.list, { params: { orgId: ORG }, query: { status: ['planning', 'wrap'], q: 'senja', limit: 50 } });
    expect(page.items[0]?.name).toBe('Konser Senja');
    expect(calls[0]?.url).toBe(`/api/orgs/${ORG}/events?status=planning&status=wrap&q=senja&limit=50`);
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(header(calls[0]!, 'x-csrf-token')).toBeUndefined();
  });

  it('fetches the CSRF token once for unsafe requests and sends If-Match as a quoted version', async () => {
    responses.push(() => jsonResponse(200, { token: 'csrf-1' }));
    responses.push(() => jsonResponse(200, { ...event, version: 4 }));
    responses.push(() => jsonResponse(200, { ...event, version: 5 }));
    await call(api.events.update, { params: { orgId: ORG, eventId: EVENT }, body: { name: 'A' }, ifMatch: 3 });
    await call(api.events.update, { params: { orgId: ORG, eventId: EVENT }, body: { name: 'B' }, ifMatch: 4 });
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'GET /api/auth/csrf',
      `PATCH /api/orgs/${ORG}/events/${EVENT}`,
      `PATCH /api/orgs/${ORG}/events/${EVENT}`,
    ]);
    expect(header(calls[1]!, 'x-csrf-token')).toBe('csrf-1');
    expect(header(calls[1]!, 'if-match')).toBe('"3"');
    expect(header(calls[1]!, 'content-type')).toBe('application/json');
    expect(JSON.parse(String(calls[1]!.init.body))).toEqual({ name: 'A' });
    expect(header(calls[2]!, 'if-match')).toBe('"4"');
  });

  it('sends If-None-Match: * to create where the contract allows it, and only the headers the route declares', async () => {
    const rundown = { day: '2026-12-19', startsAt: '2026-12-19T12:00:00.000Z', timeZone: 'Asia/Jakarta', cues: [], version: 1,
      live: { startedAt: null, endedAt: null, currentCueId: null, currentCueStartedAt: null, serverTime: '2026-12-19T00:00:00.000Z' } };
    responses.push(() => jsonResponse(200, { token: 'csrf-1' }));
    responses.push(() => jsonResponse(200, rundown));
    responses.push(() => jsonResponse(200, { ...rundown, version: 2 }));
    const params = { orgId: ORG, eventId: EVENT, day: '2026-12-19' };
    await call(timelineApi.setRundownDay, { params, body: { startsAt: '2026-12-19T19:00:00+07:00' }, ifMatch: null });
    await call(timelineApi.setRundownDay, { params, body: { startsAt: '2026-12-19T19:30:00+07:00' }, ifMatch: 1 });
    expect(header(calls[1]!, 'if-none-match')).toBe('*');
    expect(header(calls[1]!, 'if-match')).toBeUndefined();
    expect(header(calls[2]!, 'if-match')).toBe('"1"');
    expect(header(calls[2]!, 'if-none-match')).toBeUndefined();
  });

  it('accepts the narrower organization a role without budgets.read gets', async () => {
    const summary = { id: ORG, name: 'Org', defaultCurrency: 'IDR', locale: 'id-ID', timeZone: 'Asia/Jakarta', version: 2, createdAt: '2026-11-01T00:00:00.000Z' };
    responses.push(() => jsonResponse(200, summary));
    const org = await call(api.orgs.get, { params: { orgId: ORG } });
    expect(org).toEqual(summary);
    expect('approvalThreshold' in org).toBe(false);
  });

  it('refetches the token and retries once on csrf_failed', async () => {
    responses.push(() => jsonResponse(200, { token: 'stale' }));
    responses.push(() => problem(403, 'csrf_failed'));
    responses.push(() => jsonResponse(200, { token: 'fresh' }));
    responses.push(() => jsonResponse(204, null));
    await call(api.events.remove, { params: { orgId: ORG, eventId: EVENT } });
    expect(calls.map((c) => header(c, 'x-csrf-token') ?? '-')).toEqual(['-', 'stale', '-', 'fresh']);
  });

  it('does not retry a second csrf_failed', async () => {
    responses.push(() => jsonResponse(200, { token: 'a' }));
    responses.push(() => problem(403, 'csrf_failed'));
    responses.push(() => jsonResponse(200, { token: 'b' }));
    responses.push(() => problem(403, 'csrf_failed'));
    await expect(call(api.events.remove, { params: { orgId: ORG, eventId: EVENT } })).rejects.toMatchObject({ code: 'csrf_failed' });
    expect(calls).toHaveLength(4);
  });

  it('logs in without a token and fetches a new one for the new session', async () => {
    responses.push(() => jsonResponse(200, { user: { id: ORG, email: 'a@b.id', name: 'A', locale: 'id-ID' }, memberships: [] }));
    responses.push(() => jsonResponse(200, { token: 'after-login' }));
    responses.push(() => jsonResponse(204, null));
    await call(api.auth.login, { body: { email: 'a@b.id', password: 'secret' } });
    await call(api.auth.logout);
    expect(calls.map((c) => `${c.init.method} ${c.url} ${header(c, 'x-csrf-token') ?? '-'}`)).toEqual([
      'POST /api/auth/login -',
      'GET /api/auth/csrf -',
      'POST /api/auth/logout after-login',
    ]);
  });

  it('turns problem+json into an ApiError with its code and field errors by form path', async () => {
    responses.push(() =>
      problem(400, 'validation_failed', {
        errors: [
          { pointer: '/body/email', message: 'Invalid email', code: 'invalid_format' },
          { pointer: '/body/lines/0/amount', message: 'Too big', code: 'too_big' },
          { pointer: '/query/limit', message: 'Too big', code: 'too_big' },
        ],
      }),
    );
    const error = await call(api.auth.login, { body: { email: 'x', password: 'y' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.requestId).toBe('req-1');
    expect(Object.keys(apiError.fieldErrorsAt('/body'))).toEqual(['email', 'lines.0.amount']);
    expect(apiError.fieldErrorsAt('/body').email?.message).toBe('Invalid email');
  });

  it('carries the current resource on 412', async () => {
    responses.push(() => jsonResponse(200, { token: 't' }));
    responses.push(() => problem(412, 'precondition_failed', { current: { ...event, version: 9 } }));
    const error = (await call(api.events.update, { params: { orgId: ORG, eventId: EVENT }, body: { name: 'X' }, ifMatch: 3 }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.status).toBe(412);
    expect(error.code).toBe('precondition_failed');
    expect((error.current as { version: number }).version).toBe(9);
  });

  it('maps non-problem failures by status and network failures to "network"', async () => {
    responses.push(() => new Response('<html>Bad gateway</html>', { status: 503, headers: { 'content-type': 'text/html' } }));
    await expect(call(api.me.get)).rejects.toMatchObject({ status: 503, code: 'database_unavailable' });
    responses.push(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(call(api.me.get)).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('rejects a success body that breaks the contract', async () => {
    responses.push(() => jsonResponse(200, { user: { id: 'not-a-uuid' } }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(call(api.me.get)).rejects.toMatchObject({ code: 'invalid_response' });
  });
});

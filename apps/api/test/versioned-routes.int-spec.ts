import { allRoutes, pathFor, requiresIfMatch, type RouteDef } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { organizationWithRoles, PASSWORD, TestClient, uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';
import { bodyFor, freshTargets } from './route-targets.js';

/**
 * Walks the route contract: every write it declares versioned (If-Match) is called for real,
 * without If-Match (428), with a stale version (412, carrying the current resource), with the
 * current one (its success status), and by many clients at once with the same version (exactly
 * one wins). A route that declares versioning and does not enforce it fails here.
 */
const t = useTestApp();

const versionedWrites = allRoutes().filter(requiresIfMatch);
const STALE = '"999999999"';
const PARALLEL = 50;

type Call = { client: TestClient; path: string; body: unknown };

describe('versioned writes, walked from the contract', () => {
  let owner: TestClient;
  let vendorUser: TestClient;
  let vendorId: string;

  beforeAll(async () => {
    ({ owner } = await organizationWithRoles(t.app));
    vendorId = (await owner.post(`/api/orgs/${owner.orgId}/vendors`, { name: 'PT Versi', category: 'catering' })).body.id;
    const invite = await owner.post(`/api/orgs/${owner.orgId}/vendors/${vendorId}/invitations`, { email: uniqueEmail('vendor') });
    vendorUser = new TestClient(t.app);
    const registered = await vendorUser.post(`/api/invitations/${invite.body.token}/register`, { name: 'Vendor', password: PASSWORD });
    vendorUser.me = registered.body;
  });

  /** A fresh target for the route and the client allowed to write it. */
  async function callFor(route: RouteDef): Promise<Call> {
    if (route.access.kind === 'org') {
      const targets = await freshTargets(t.app, owner, route);
      return { client: owner, path: pathFor(route.path, targets), body: bodyFor(route, targets) };
    }
    // The vendor portal: a task assigned to the vendor user's company.
    expect(route.path).toBe('/api/me/tasks/:taskId');
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, { name: 'V', kind: 'live_event', startAt: '2026-12-19T15:00:00+07:00', endAt: '2026-12-19T23:00:00+07:00', timeZone: 'Asia/Jakarta', currency: 'IDR' })).body;
    const task = (await owner.post(`/api/orgs/${owner.orgId}/events/${event.id}/tasks`, {
      title: 'Kirim katering', startAt: '2026-12-18T09:00:00+07:00', endAt: '2026-12-18T17:00:00+07:00', vendorId,
    })).body;
    return { client: vendorUser, path: pathFor(route.path, { taskId: task.id }), body: { status: 'in_progress' } };
  }

  it('covers every versioned write, the three that ignored If-Match among them', () => {
    const names = versionedWrites.map((r) => `${r.method} ${r.path}`);
    for (const path of ['/api/orgs/:orgId/vendors/:vendorId', '/api/orgs/:orgId/fringes/:fringeId', '/api/orgs/:orgId/events/:eventId/budget/categories/:categoryId']) {
      expect(names).toContain(`PATCH ${path}`);
    }
    expect(names).toContain('PATCH /api/orgs/:orgId/events/:eventId/rundown/:day/cues/:cueId');
    expect(names).toContain('PUT /api/orgs/:orgId/events/:eventId/rundown/:day');
    expect(versionedWrites.length).toBeGreaterThanOrEqual(10);
  });

  it.each(versionedWrites.map((route) => [`${route.method} ${route.path}`, route] as const))('%s: 428 without If-Match, 412 when stale, then the write', async (_name, route) => {
    const { client, path, body } = await callFor(route);

    const missing = await client.request(route.method, path, { body });
    expect(missing.status, JSON.stringify(missing.body)).toBe(428);
    expect(missing.body.code).toBe('precondition_required');

    const stale = await client.request(route.method, path, { body, headers: { 'if-match': STALE } });
    expect(stale.status, JSON.stringify(stale.body)).toBe(412);
    expect(stale.body.code).toBe('precondition_failed');
    const version = stale.body.current?.version;
    expect(typeof version, 'a 412 carries the current resource with its version').toBe('number');

    const written = await client.request(route.method, path, { body, headers: { 'if-match': `"${version}"` } });
    expect(written.status, JSON.stringify(written.body)).toBe(route.successStatus ?? 200);
    if (route.versioned === true && route.response) {
      expect(written.headers.etag).toBe(`"${written.body.version}"`);
      expect(written.body.version).toBeGreaterThan(version);
    }

    // The version just used is stale now.
    const again = await client.request(route.method, path, { body, headers: { 'if-match': `"${version}"` } });
    expect(again.status, JSON.stringify(again.body)).toBe(412);
  });

  it.each(versionedWrites.map((route) => [`${route.method} ${route.path}`, route] as const))(
    `%s: ${PARALLEL} parallel writes with the same version, exactly one succeeds`,
    async (_name, route) => {
      const { client, path, body } = await callFor(route);
      const stale = await client.request(route.method, path, { body, headers: { 'if-match': STALE } });
      const headers = { 'if-match': `"${stale.body.current.version}"` };
      const statuses = (await Promise.all(Array.from({ length: PARALLEL }, () => client.request(route.method, path, { body, headers })))).map((r) => r.status);
      expect(statuses.filter((s) => s === (route.successStatus ?? 200))).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(PARALLEL - 1);
    },
  );

  it('sends an ETag with every versioned read', async () => {
    const reads = allRoutes().filter((r) => r.versioned === true && r.method === 'GET');
    expect(reads.length).toBeGreaterThan(0);
    for (const route of reads) {
      const { client, path } = await callFor(route);
      const res = await client.get(path);
      expect(res.status, `${route.path} ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.headers.etag, route.path).toBe(`"${res.body.version}"`);
    }
  });

  it('creates a rundown day with If-None-Match: *, and refuses a second create', async () => {
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, { name: 'D', kind: 'live_event', startAt: '2026-12-19T15:00:00+07:00', endAt: '2026-12-19T23:00:00+07:00', timeZone: 'Asia/Jakarta', currency: 'IDR' })).body;
    const path = `/api/orgs/${owner.orgId}/events/${event.id}/rundown/2026-12-20`;
    const body = { startsAt: '2026-12-20T19:00:00+07:00' };
    const created = await owner.request('PUT', path, { body, headers: { 'if-none-match': '*' } });
    expect(created.status).toBe(200);
    const twice = await owner.request('PUT', path, { body, headers: { 'if-none-match': '*' } });
    expect(twice.status).toBe(412);
    expect(twice.body.current.version).toBe(created.body.version);
  });
});

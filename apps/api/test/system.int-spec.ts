import { allRoutes } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

describe('system routes', () => {
  it('reports health with the database status', async () => {
    const res = await new TestClient(t.app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves an OpenAPI 3.1 document covering every contract route, and the docs page', async () => {
    const client = new TestClient(t.app);
    const doc = (await client.get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const route of allRoutes()) {
      const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
    expect(doc.paths['/api/auth/signup'].post.requestBody.content['application/json'].schema.required).toContain('email');
    const docs = await client.get('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    expect((await client.get('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('keeps the request id it was given and answers unknown API paths with problem+json', async () => {
    const res = await new TestClient(t.app).get('/api/nothing-here', { headers: { 'x-request-id': 'trace-123' } });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body).toMatchObject({ code: 'not_found', requestId: 'trace-123' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('hides internals of unexpected errors', async () => {
    const owner = await new TestClient(t.app).signup('boom');
    await t.sql.query(`ALTER TABLE events RENAME COLUMN notes TO notes_gone`);
    try {
      const res = await owner.get(`/api/orgs/${owner.orgId}/events`);
      expect(res.status).toBe(500);
      expect(res.body.code).toBe('internal');
      expect(JSON.stringify(res.body)).not.toMatch(/notes|SELECT|at .*\.js/);
    } finally {
      await t.sql.query(`ALTER TABLE events RENAME COLUMN notes_gone TO notes`);
    }
  });
});

import { PATH_METADATA } from '@nestjs/common/constants.js';
import { allRoutes, can, pathFor, ROLES, type RouteDef } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_DEF } from '../src/common/endpoint.decorator.js';
import { PUBLIC_RAW } from '../src/common/public.decorator.js';
import { AppModule } from '../src/app.module.js';
import { parseConfig } from '../src/config/config.js';
import { jakartaEvent, organizationWithRoles, uniqueEmail, type TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

/** A plausible body for each write route, so a permitted call gets past validation. */
function bodyFor(route: RouteDef): unknown {
  if (route.path.endsWith('/events') && route.method === 'POST') return jakartaEvent();
  if (route.path.endsWith('/events/:eventId')) return { notes: 'matrix' };
  if (route.path.endsWith('/invitations')) return { email: uniqueEmail('matrix'), role: 'crew' };
  if (route.path.endsWith('/members/:memberId')) return { role: 'crew' };
  if (route.path === '/api/orgs/:orgId') return { timeZone: 'Asia/Jakarta' };
  return undefined;
}

describe('every role against every organization route', () => {
  let members: Record<(typeof ROLES)[number], TestClient>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    ({ members } = await organizationWithRoles(t.app));
    const owner = members.owner;
    ids = { orgId: owner.orgId };
  });

  const orgRoutes = allRoutes().filter((r) => r.access.kind === 'org' && r.path !== '/api/orgs/:orgId/leave');

  it.each(ROLES.flatMap((role) => orgRoutes.map((route) => [role, route] as const)))(
    '%s → %o',
    async (role, route) => {
      const owner = members.owner;
      // Fresh targets per call, so deletes and role changes never starve later rows.
      const event = await owner.post(`/api/orgs/${ids.orgId}/events`, jakartaEvent());
      const invite = await owner.post(`/api/orgs/${ids.orgId}/invitations`, { email: uniqueEmail('target'), role: 'crew' });
      const crewMembers = await owner.get(`/api/orgs/${ids.orgId}/members?limit=200`);
      const crew = crewMembers.body.items.find((m: { role: string }) => m.role === 'crew');
      const path = pathFor(route.path, {
        orgId: ids.orgId!,
        eventId: event.body.id,
        invitationId: invite.body.id,
        memberId: crew.id,
      });
      const res = await members[role].request(route.method, path, {
        body: bodyFor(route),
        headers: route.versioned && route.method === 'PATCH' ? { 'if-match': route.path.includes('events') ? '"1"' : '"999"' } : {},
      });
      const permission = route.access.kind === 'org' ? route.access.permission : null;
      if (permission && can(role, permission)) {
        expect(res.status, JSON.stringify(res.body)).not.toBe(403);
        expect(res.status).toBeLessThan(500);
      } else {
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('forbidden');
      }
    },
  );

  it('lets every role leave (the matrix skips it: leaving ends the membership)', () => {
    expect(allRoutes().find((r) => r.path === '/api/orgs/:orgId/leave')?.access).toEqual({ kind: 'org', permission: 'org.read' });
  });
});

describe('route declarations', () => {
  it('binds every controller method to a contract route or marks it public, and serves every contract route', () => {
    const module = AppModule.register(parseConfig({}), 'postgres://unused');
    const declared = new Set<RouteDef>();
    for (const controller of module.controllers ?? []) {
      const proto = (controller as { prototype: Record<string, unknown> }).prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const def = Reflect.getMetadata(ROUTE_DEF, handler) as RouteDef | undefined;
        const isPublic = Reflect.getMetadata(PUBLIC_RAW, handler) === true;
        expect(def || isPublic, `${controller.name}.${name} declares no access rule`).toBeTruthy();
        if (def) declared.add(def);
      }
    }
    for (const route of allRoutes()) expect(declared.has(route), `${route.method} ${route.path} has no handler`).toBe(true);
  });
});

import { PATH_METADATA } from '@nestjs/common/constants.js';
import { allRoutes, can, pathFor, requiresIfMatch, ROLES, timelineApi, type Role, type RouteDef } from '@rundown/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ROUTE_DEF } from '../src/common/endpoint.decorator.js';
import { PUBLIC_RAW } from '../src/common/public.decorator.js';
import { AppModule } from '../src/app.module.js';
import { parseConfig } from '../src/config/config.js';
import { organizationWithRoles, type TestClient } from './client.js';
import { useTestApp } from './harness.js';
import { bodyFor, freshTargets, MATRIX_FILE } from './route-targets.js';

const t = useTestApp();

/** A version no resource has: a permitted versioned write answers 412 with the current resource. */
const STALE = '"999999999"';

/** The schema a role's response is serialized through: the narrower one where the contract says so. */
function responseFor(route: RouteDef, role: Role): z.ZodType | null {
  const restricted = route.restrictedResponse;
  return restricted && !can(role, restricted.unless) ? restricted.schema : route.response;
}

describe('every role against every organization route', () => {
  let members: Record<Role, TestClient>;
  /** Permitted calls that reached their handler and got the route's success status. */
  const reached: string[] = [];
  const permittedCalls: string[] = [];

  beforeAll(async () => {
    ({ members } = await organizationWithRoles(t.app));
  });

  afterAll(() => {
    // The count the hardening issue asks for; every permitted call must be among them.
    console.info(`role × route matrix: ${reached.length} of ${permittedCalls.length} permitted calls reached their handler`);
  });

  const orgRoutes = allRoutes().filter((r) => r.access.kind === 'org' && r.path !== '/api/orgs/:orgId/leave');

  it.each(ROLES.flatMap((role) => orgRoutes.map((route) => [role, `${route.method} ${route.path}`, route] as const)))(
    '%s → %s',
    async (role, name, route) => {
      const owner = members.owner;
      const targets = await freshTargets(t.app, owner, route);
      const permitted = route.access.kind === 'org' && can(role, route.access.permission);
      // A permitted stream never ends; the rundown tests cover it. Here only refusals are checked.
      if (permitted && route.produces === 'text/event-stream') return;
      // schedule.write removes one's own files (schedule.manage anyone's, tested in timeline-items): delete the caller's own upload.
      if (permitted && route.method === 'DELETE' && route.path.endsWith('/attachments/:attachmentId')) {
        const own = await members[role].post(pathFor(timelineApi.uploadTaskAttachment.path, targets), MATRIX_FILE);
        targets.attachmentId = own.body.id;
      }
      const path = pathFor(route.path, targets);
      const body = bodyFor(route, targets);
      const headers: Record<string, string> = {};
      if (permitted && requiresIfMatch(route)) {
        // The version comes from the 412 a stale one gets: the call then names the current version.
        const stale = await members[role].request(route.method, path, { body, headers: { 'if-match': STALE } });
        expect(stale.status, JSON.stringify(stale.body)).toBe(412);
        headers['if-match'] = `"${stale.body.current.version}"`;
      } else if (requiresIfMatch(route)) {
        headers['if-match'] = STALE;
      }
      const res = await members[role].request(route.method, path, { body, headers });
      if (!permitted) {
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('forbidden');
        return;
      }
      permittedCalls.push(`${role} ${name}`);
      expect(res.status, JSON.stringify(res.body)).toBe(route.successStatus ?? 200);
      reached.push(`${role} ${name}`);
      const schema = responseFor(route, role);
      if (schema && !route.produces) {
        // Exactly the fields the role's response schema declares, at every depth: nothing more leaves.
        expect(res.body).toEqual(JSON.parse(JSON.stringify(schema.parse(res.body))));
        if (schema !== route.response && route.response) {
          const hidden = Object.keys((route.response as z.ZodObject).shape).filter((k) => !(k in (schema as z.ZodObject).shape));
          expect(hidden.length).toBeGreaterThan(0);
          for (const key of hidden) expect(res.body, `${role} must not see ${key}`).not.toHaveProperty(key);
        }
      }
    },
  );

  it('let every permitted call reach its handler', () => {
    expect(permittedCalls.length).toBeGreaterThan(250);
    expect(reached).toEqual(permittedCalls);
  });

  it('lets every role leave (the matrix skips it: leaving ends the membership)', () => {
    expect(allRoutes().find((r) => r.path === '/api/orgs/:orgId/leave')?.access).toEqual({ kind: 'org', permission: 'org.read' });
  });
});

describe('route declarations', () => {
  it('binds every controller method to a contract route or marks it public, and serves every contract route', () => {
    const module = AppModule.register(parseConfig({}), 'postgres://unused');
    const declared = new Set<RouteDef>();
    const featureControllers = (module.imports ?? []).flatMap((m) => (Reflect.getMetadata('controllers', m) ?? []) as (abstract new (...args: never[]) => unknown)[]);
    for (const controller of [...(module.controllers ?? []), ...featureControllers]) {
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

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { allRoutes, buildOpenApiDocument, requiresIfMatch } from '@rundown/domain';
import { APP_VERSION } from './system.controller.js';

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = (name: string) => join(packageRoot, 'node_modules', '.bin', name);
/** The pinned tools run offline: no telemetry, no update check. */
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

type Json = Record<string, any>;
/** The document GET /api/openapi.json serves. */
const doc = buildOpenApiDocument(allRoutes(), { title: 'Rundown API', version: APP_VERSION }) as Json;
const dir = mkdtempSync(join(tmpdir(), 'rundown-openapi-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(doc, null, 2));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const operations = Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })),
);

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push(value);
      else refs(value, out);
    }
  }
  return out;
}

function resolve(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((at, key) => (at === undefined ? undefined : at[key]), doc);
}

describe('the OpenAPI document', () => {
  it('has one operation per contract route, each with a description and a declared tag', () => {
    expect(operations).toHaveLength(allRoutes().length);
    const tags = new Set((doc.tags as { name: string; description: string }[]).map((t) => t.name));
    for (const { path, method, op } of operations) {
      expect(op.description, `${method} ${path}`).toBeTruthy();
      expect(op.tags?.length, `${method} ${path}`).toBe(1);
      expect(tags.has(op.tags[0]), `${method} ${path} tag ${op.tags[0]}`).toBe(true);
    }
    expect(doc.servers?.length).toBeGreaterThan(0);
  });

  it('resolves every $ref inside the document (none point at a schema-local $defs)', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((r) => resolve(r) === undefined)).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('$defs');
  });

  it('declares exactly the headers the contract declares', () => {
    for (const route of allRoutes()) {
      const op = doc.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')][route.method.toLowerCase()] as Json;
      const headers = (op.parameters as Json[]).filter((p) => p.in === 'header');
      const ifMatch = headers.find((h) => h.name === 'If-Match');
      expect(Boolean(ifMatch), `${route.method} ${route.path} If-Match`).toBe(requiresIfMatch(route));
      if (ifMatch) expect(ifMatch.required).toBe(!route.createIfAbsent);
      expect(Boolean(op.responses['428']), `${route.method} ${route.path} 428`).toBe(requiresIfMatch(route));
      expect(headers.some((h) => h.name === 'Idempotency-Key'), `${route.method} ${route.path} Idempotency-Key`).toBe(Boolean(route.idempotent));
      const success = op.responses[String(route.successStatus ?? 200)] as Json;
      expect(Boolean(success.headers?.ETag), `${route.method} ${route.path} ETag`).toBe(route.versioned === true && route.response !== null);
    }
  });

  it('passes redocly lint (pinned @redocly/cli, recommended rules and ours) with 0 errors and 0 warnings', async () => {
    const { stdout, stderr } = await run(bin('redocly'), ['lint', file, '--config', join(packageRoot, 'redocly.yaml'), '--format', 'stylish'], {
      env,
      cwd: dir,
    }).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`redocly lint failed:\n${error.stdout}\n${error.stderr}`);
    });
    const output = `${stdout}\n${stderr}`;
    expect(output).toContain('Your API description is valid');
    expect(output).not.toMatch(/\d+ warnings?\b/);
  }, 120_000);

  it('generates a typed client with openapi-typescript that compiles with tsc', async () => {
    await run(bin('openapi-typescript'), [file, '-o', join(dir, 'client.d.ts')], { env, cwd: dir });
    writeFileSync(
      join(dir, 'use.ts'),
      `import type { components, paths } from './client.js';
type Org = paths['/api/orgs/{orgId}']['get']['responses'][200]['content']['application/json'];
type Line = paths['/api/orgs/{orgId}/events/{eventId}/budget/lines/{lineId}']['patch'];
const org: Org = { id: 'o', name: 'n', defaultCurrency: 'IDR', locale: 'en', timeZone: 'Asia/Jakarta', version: 1, createdAt: '2026-12-19T08:00:00.000Z' };
const ifMatch: Line['parameters']['header']['If-Match'] = '"1"';
const problem: components['schemas']['Problem']['code'] = 'precondition_failed';
export const used = [org, ifMatch, problem];
`,
    );
    await run(
      bin('tsc'),
      ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', join(dir, 'client.d.ts'), join(dir, 'use.ts')],
      { env, cwd: dir },
    ).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`the generated client does not compile:\n${error.stdout}\n${error.stderr}`);
    });
  }, 180_000);
});

import { z } from 'zod';
import { problemSchema } from '../common/problem.js';
import type { RouteDef } from './route.js';

type JsonObject = Record<string, unknown>;

const ERROR_STATUSES: Record<string, string> = {
  '400': 'Invalid input (per-field errors as JSON pointers)',
  '401': 'Not signed in',
  '403': 'Signed in, but the role lacks the permission',
  '404': 'Not found, or belongs to another organization',
  '409': 'Conflict',
  '412': 'Stale If-Match: the body carries the current resource',
  '413': 'Body too large',
  '415': 'Only application/json bodies are accepted',
  '429': 'Rate limited; see Retry-After',
  '500': 'Unexpected error',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonObject;
  delete out.$schema;
  return out;
}

function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function parameters(route: RouteDef): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const js = jsonSchema(schema, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: prop });
    }
  };
  add(route.params, 'path');
  add(route.query, 'query');
  if (route.versioned && route.method !== 'GET' && route.method !== 'POST') {
    out.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'ETag from the last read' });
  }
  return out;
}

/** OpenAPI 3.1, generated from the route contract and its zod schemas; nothing hand-written. */
export function buildOpenApiDocument(routes: readonly RouteDef[], info: { title: string; version: string }): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  const problem = { 'application/problem+json': { schema: jsonSchema(problemSchema, 'output') } };
  for (const route of routes) {
    const status = String(route.successStatus ?? 200);
    const responses: Record<string, JsonObject> = {
      [status]: route.produces
        ? { description: 'A file', content: { [route.produces]: { schema: { type: 'string', format: 'binary' } } } }
        : route.response
          ? { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } }
          : { description: 'No content' },
    };
    for (const [code, description] of Object.entries(ERROR_STATUSES)) responses[code] = { description, content: problem };
    const operation: JsonObject = {
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[/:{}-]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      parameters: parameters(route),
      responses,
      security: route.access.kind === 'public' ? [] : [{ session: [] }, { bearer: [] }],
      'x-permission': route.access.kind === 'org' ? route.access.permission : route.access.kind,
    };
    if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
    }
    const pathKey = toOpenApiPath(route.path);
    paths[pathKey] = { ...paths[pathKey], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'rd_session', description: 'Unsafe methods also need x-csrf-token' },
        bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token' },
      },
    },
  };
}

import { z } from 'zod';
import { problemSchema } from '../common/problem.js';
import { requiresIfMatch, type RouteDef } from './route.js';

type JsonObject = Record<string, unknown>;

const SCHEMAS = '#/components/schemas/';
const RESPONSES = '#/components/responses/';

/** Error answers every route may give, as shared response components. */
const ERROR_RESPONSES: Record<string, string> = {
  '400': 'Invalid input (per-field errors as JSON pointers)',
  '401': 'Not signed in',
  '403': 'Signed in, but the role lacks the permission (or the CSRF token is missing)',
  '404': 'Not found, or belongs to another organization',
  '409': 'Conflict',
  '412': 'Stale If-Match: the body carries the current resource',
  '413': 'Body too large',
  '415': 'Only application/json bodies are accepted',
  '428': 'If-Match is required: send the ETag (version) you last read',
  '429': 'Rate limited; see Retry-After',
  '500': 'Unexpected error',
};

const TAG_DESCRIPTIONS: Record<string, string> = {
  system: 'Health and the API description',
  auth: 'Sign up, sign in and out, CSRF token',
  me: 'The signed-in user: profile, sessions, personal API tokens',
  invitations: 'Invitation links: preview, accept, register',
  organizations: 'Organizations and their settings',
  members: "An organization's members and invitations",
  audit: 'The audit log',
  events: 'Events and productions',
  budgets: 'Budgets: categories, lines, fringes, baselines, templates, commitments and expenses',
  timeline: 'Tasks, dependencies, the schedule and its baselines, comments, checklists and files',
  vendors: 'The vendor directory',
  'vendor portal': "Tasks assigned to the signed-in user's vendor companies",
  rundown: 'Run of show: cues and the live show',
  notifications: 'In-app notifications',
  calendar: 'iCalendar feeds',
  locations: 'The locations directory, spaces, and the places and holds of an event',
  permits: 'Permit types, lead times and permits, with computed apply-by dates',
};

/**
 * Collects every named schema (zod `.meta({ id })`) into `components.schemas`, so a reference
 * resolves from anywhere in the document. `z.toJSONSchema` puts them under the converted
 * schema's own `$defs`, which a `#/$defs/…` reference embedded in a path cannot reach.
 */
class SchemaComponents {
  readonly schemas: Record<string, JsonObject> = {};
  private readonly byContent = new Map<string, string>();

  /** The JSON Schema of `schema`, with its named parts moved to components and referenced there. */
  convert(schema: z.ZodType, io: 'input' | 'output', hint: string): JsonObject {
    const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonObject;
    delete out.$schema;
    const defs = (out.$defs ?? {}) as Record<string, JsonObject>;
    delete out.$defs;
    const names = new Map<string, string>();
    for (const name of Object.keys(defs)) {
      const base = name.startsWith('__') ? `${hint}${name.replace(/\W/g, '')}` : name;
      names.set(name, io === 'input' ? `${base}Input` : base);
    }
    const rewrite = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (!node || typeof node !== 'object') return node;
      const copy: JsonObject = {};
      for (const [key, value] of Object.entries(node)) {
        copy[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/') ? this.ref(names, value.slice(8)) : rewrite(value);
      }
      // A record keyed by an enum (every key present): name the keys as properties, so `required` refers to defined ones.
      const keys = (copy.propertyNames as { enum?: unknown[] } | undefined)?.enum;
      if (keys && copy.additionalProperties && !copy.properties) {
        copy.properties = Object.fromEntries(keys.map((k) => [String(k), copy.additionalProperties]));
      }
      return copy;
    };
    for (const [name, def] of Object.entries(defs)) this.register(names.get(name)!, rewrite(def) as JsonObject);
    // An input schema identical to its output form is referenced under the output name.
    for (const [name, final] of names) {
      const same = this.byContent.get(JSON.stringify(this.schemas[final]));
      if (same && same !== final) names.set(name, same);
    }
    return rewrite(out) as JsonObject;
  }

  private ref(names: Map<string, string>, name: string): string {
    return `${SCHEMAS}${names.get(name) ?? name}`;
  }

  private register(name: string, schema: JsonObject): void {
    const key = JSON.stringify(schema);
    const existing = this.schemas[name];
    if (existing && JSON.stringify(existing) !== key) throw new Error(`Two different schemas are named ${name} (zod meta id)`);
    if (!existing) {
      this.schemas[name] = schema;
      if (!this.byContent.has(key)) this.byContent.set(key, name);
    }
  }
}

function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function operationId(route: RouteDef): string {
  return `${route.method.toLowerCase()}${route.path.replace(/[/:{}\s-]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`;
}

function parameters(route: RouteDef, components: SchemaComponents, id: string): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const js = components.convert(schema, 'input', `${id}_${where}_`) as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      const { description, ...rest } = prop as JsonObject & { description?: string };
      out.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) });
    }
  };
  add(route.params, 'path');
  add(route.query, 'query');
  if (requiresIfMatch(route)) {
    out.push({
      name: 'If-Match',
      in: 'header',
      required: !route.createIfAbsent,
      schema: { type: 'string', pattern: '^(W/)?"\\d+"$' },
      description:
        route.versioned === 'item'
          ? 'The version of the item being changed, as `"<version>"` (from its `version` field)'
          : 'The ETag from the last read, `"<version>"`',
    });
    if (route.createIfAbsent) {
      out.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string', enum: ['*'] }, description: '`*` creates the resource (412 if it exists)' });
    }
  }
  if (route.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', pattern: '^[\\w.:-]{8,200}$' },
      description: 'A retry with the same key and the same request gets the first answer; with another request, 409',
    });
  }
  return out;
}

function accessText(route: RouteDef): string {
  if (route.access.kind === 'public') return 'Public: no sign-in needed.';
  if (route.access.kind === 'user') return 'Any signed-in user.';
  return `Members of the organization whose role holds \`${route.access.permission}\`.`;
}

function successResponse(route: RouteDef, components: SchemaComponents, id: string): JsonObject {
  if (route.produces) return { description: 'A file', content: { [route.produces]: { schema: { type: 'string', format: 'binary' } } } };
  if (!route.response) return { description: 'No content' };
  const full = components.convert(route.response, 'output', `${id}_`);
  const schema = route.restrictedResponse
    ? { anyOf: [full, components.convert(route.restrictedResponse.schema, 'output', `${id}_restricted_`)] }
    : full;
  const description = route.restrictedResponse
    ? `OK. Roles without \`${route.restrictedResponse.unless}\` get the narrower form.`
    : 'OK';
  const response: JsonObject = { description, content: { 'application/json': { schema } } };
  if (route.versioned === true) {
    response.headers = { ETag: { description: 'The version, `"<version>"`: send it back as If-Match', schema: { type: 'string' } } };
  }
  return response;
}

/** OpenAPI 3.1, generated from the route contract and its zod schemas; nothing hand-written. */
export function buildOpenApiDocument(routes: readonly RouteDef[], info: { title: string; version: string }): JsonObject {
  const components = new SchemaComponents();
  const problem = components.convert(problemSchema, 'output', 'Problem');
  const paths: Record<string, Record<string, JsonObject>> = {};
  const tags = new Set<string>();
  for (const route of routes) {
    const id = operationId(route);
    const responses: Record<string, JsonObject> = { [String(route.successStatus ?? 200)]: successResponse(route, components, id) };
    const errors = Object.keys(ERROR_RESPONSES).filter((code) => {
      if (code === '412' || code === '428') return requiresIfMatch(route);
      if (code === '413' || code === '415') return Boolean(route.body);
      if (code === '401') return route.access.kind !== 'public';
      return true;
    });
    for (const code of errors) responses[code] = { $ref: `${RESPONSES}${code}` };
    tags.add(route.tag);
    const notes = [route.summary.endsWith('.') ? route.summary : `${route.summary}.`, accessText(route)];
    if (requiresIfMatch(route)) notes.push('Versioned: send If-Match; 428 without it, 412 (with the current resource) when it is stale.');
    if (route.idempotent) notes.push('Idempotent with an Idempotency-Key header.');
    const operation: JsonObject = {
      operationId: id,
      summary: route.summary,
      description: notes.join(' '),
      tags: [route.tag],
      parameters: parameters(route, components, id),
      responses,
      security: route.access.kind === 'public' ? [] : [{ session: [] }, { bearer: [] }],
      'x-permission': route.access.kind === 'org' ? route.access.permission : route.access.kind,
    };
    if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: components.convert(route.body, 'input', `${id}_body_`) } } };
    }
    const pathKey = toOpenApiPath(route.path);
    paths[pathKey] = { ...paths[pathKey], [route.method.toLowerCase()]: operation };
  }
  const responses: Record<string, JsonObject> = {};
  for (const [code, description] of Object.entries(ERROR_RESPONSES)) {
    responses[code] = { description, content: { 'application/problem+json': { schema: problem } } };
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'The Rundown API, generated from the route contract in packages/domain.' },
    servers: [{ url: '/', description: 'The same origin that serves the dashboard' }],
    tags: [...tags].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name })),
    paths,
    components: {
      schemas: components.schemas,
      responses,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'rd_session', description: 'Unsafe methods also need x-csrf-token' },
        bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token' },
      },
    },
  };
}

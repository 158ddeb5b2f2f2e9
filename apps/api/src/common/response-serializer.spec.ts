import { allRoutes, pageOf } from '@rundown/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerFor } from './response-serializer.js';

type Def = Record<string, any> & { type: string };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strings that satisfy the formats our schemas use; a string schema draws from those it accepts. */
const STRING_CANDIDATES = [
  'x',
  'Konser Senja',
  '0194f5c2-8a1e-7c3b-9d2f-4a5b6c7d8e9f',
  '00000000-0000-4000-8000-000000000000',
  '2026-12-19T08:00:00.000Z',
  '2026-12-19T15:00:00+07:00',
  '2026-12-19',
  'budi@example.id',
  'https://rundown.example/x',
  'IDR',
  'USD',
  'id-ID',
  'en',
  'Asia/Jakarta',
  '1000',
  '-250',
  '0',
  '012345678901000',
  '#ff8800',
  'a'.repeat(24),
];

/**
 * A fast-check arbitrary of values a zod schema accepts, from the schema itself, with an
 * undeclared field added to every object (what a database row or a service result carries).
 */
function arbitrary(schema: z.ZodType, junk: boolean, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const accepts = (v: unknown) => schema.safeParse(v).success;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitrary(v, junk, depth + 1)]));
      return fc.record(fields).map((value) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
        if (junk) Object.assign(out, { password_hash: 'argon2id$secret', internal_note: { a: 1 } });
        return out;
      });
    }
    case 'array':
      return fc.array(arbitrary(def.element as z.ZodType, junk, depth + 1), { maxLength: depth > 3 ? 0 : 3 });
    case 'nullable':
      return fc.option(arbitrary(def.innerType as z.ZodType, junk, depth), { nil: null });
    case 'optional':
      return fc.option(arbitrary(def.innerType as z.ZodType, junk, depth), { nil: undefined });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return arbitrary(def.innerType as z.ZodType, junk, depth);
    case 'pipe':
      return arbitrary(def.in as z.ZodType, junk, depth);
    case 'lazy':
      return depth > 3 ? fc.constant(undefined) : arbitrary(def.getter() as z.ZodType, junk, depth + 1);
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => arbitrary(o, junk, depth)));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'boolean':
      return fc.boolean();
    case 'number':
    case 'int':
      return fc.oneof(fc.integer({ min: -1000, max: 1_000_000 }), fc.constantFrom(0, 1, 2, 59, 100)).filter(accepts);
    case 'bigint':
      return fc.bigInt({ min: -1000n, max: 1000n }).filter(accepts);
    case 'string': {
      const valid = STRING_CANDIDATES.filter(accepts);
      if (valid.length === 0) throw new Error(`No candidate string fits ${JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }))}`);
      return fc.constantFrom(...valid);
    }
    case 'record': {
      const keys = defOf(def.keyType as z.ZodType);
      const value = arbitrary(def.valueType as z.ZodType, junk, depth + 1);
      if (keys.type === 'enum') {
        return fc.record(Object.fromEntries(Object.values(keys.entries as Record<string, string>).map((k) => [k, value])));
      }
      return fc.dictionary(fc.constantFrom('a', 'b', 'task_done'), value, { maxKeys: 3 });
    }
    case 'unknown':
    case 'any':
      return fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer(), fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }));
    case 'null':
      return fc.constant(null);
    default:
      throw new Error(`The test's generator does not know zod type ${def.type}`);
  }
}

/** Every response schema the API serializes, the narrower per-role ones included. */
const responseSchemas = allRoutes().flatMap((route) => {
  const out: [string, z.ZodType][] = [];
  if (route.response && !route.produces) out.push([`${route.method} ${route.path}`, route.response]);
  if (route.restrictedResponse) out.push([`${route.method} ${route.path} (restricted)`, route.restrictedResponse.schema]);
  return out;
});

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('serializerFor, the production response path', () => {
  it('drops undeclared fields at every depth, like parsing does', () => {
    const schema = pageOf(z.object({ id: z.string(), inner: z.object({ a: z.number() }).nullable(), tags: z.array(z.object({ t: z.string() })) }));
    const input = {
      items: [{ id: 'x', secret: 1, inner: { a: 1, password_hash: 'h' }, tags: [{ t: 'a', internal: true }] }, { id: 'y', inner: null, tags: [] }],
      nextCursor: null,
      extra: 'no',
    };
    const out = serializerFor(schema)(input);
    expect(out).toEqual(schema.parse(input));
    expect(JSON.stringify(out)).not.toMatch(/secret|password_hash|internal|extra/);
  });

  it('falls back to parsing for shapes it does not walk', () => {
    const schema = z.object({ value: z.union([z.string(), z.number()]) });
    expect(serializerFor(schema)({ value: 3, drop: 1 })).toEqual({ value: 3 });
    expect(() => serializerFor(z.object({ u: z.union([z.string(), z.number()]) }))({ u: true })).toThrow();
  });

  it('covers every response schema of the contract', () => {
    expect(responseSchemas.length).toBeGreaterThan(80);
  });

  it.each(responseSchemas)('%s: sends what a full parse sends, and nothing undeclared', (_name, schema) => {
    const serialize = serializerFor(schema);
    fc.assert(
      fc.property(arbitrary(schema, false), (clean) => {
        // The generator only makes values the schema accepts; what a handler returns carries more.
        const parsed = schema.safeParse(clean);
        fc.pre(parsed.success);
        expect(json(serialize(clean))).toEqual(json(parsed.data));
      }),
      { numRuns: 25 },
    );
    fc.assert(
      fc.property(arbitrary(schema, true), (dirty) => {
        const parsed = schema.safeParse(dirty);
        fc.pre(parsed.success);
        const sent = json(serialize(dirty));
        expect(sent).toEqual(json(parsed.data));
        expect(JSON.stringify(sent)).not.toContain('argon2id$secret');
      }),
      { numRuns: 25 },
    );
  });
});

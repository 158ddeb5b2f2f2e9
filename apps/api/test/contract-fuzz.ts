import { randomUUID } from 'node:crypto';
import { isoDateSchema, isoDateTimeSchema, timeZoneSchema } from '@rundown/domain';
import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries derived from the contract's zod schemas (zod 4 internals: `_zod.def`).
 * `hostile` is the weight of a hostile value against 20 for a valid one at every node, so a
 * case is anything from a fully valid request (which reaches the handler, bounds included) to
 * one with several bad fields. Values that are valid stay at the edges the schemas allow:
 * max lengths, min/max numbers, the first and last accepted instants.
 */
type Check = { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; length?: number; value?: number; inclusive?: boolean } } };
type Def = {
  type: string;
  coerce?: boolean;
  checks?: Check[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

/** Real ids and values by field or parameter name, so valid requests reach real rows. */
export type Pools = Record<string, string[]>;

const NUL = '\u0000';
const LONE_HIGH = '\ud800';
const LONE_LOW = '\udc00';
const DATE_EDGES = ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000+00:00', '9999-12-31T23:59:59Z', '9999-12-31T23:59:59.999Z', '9999-12-31T22:00:00+05:00', '0001-01-01T07:00:00+07:00'];
const BAD_DATES = [
  '0000-01-01T00:00:00Z', '0000-12-31T23:59:59+00:00', '10000-01-01T00:00:00Z', '+010000-01-01T00:00:00.000Z', '-000001-01-01T00:00:00Z',
  '9999-12-31T23:59:59-14:00', '0001-01-01T00:00:00+14:00', '2026-02-30T00:00:00Z', '2026-12-19', '2026-12-19T25:00:00Z', 'now', '',
];
const BAD_DAYS = ['0000-01-01', '10000-01-01', '2026-02-30', '2026-13-01', '2026-1-1', '2026-12-19T00:00:00Z', '-0001-01-01'];
const WRONG_TYPES: unknown[] = [null, 0, -1, true, false, [], {}, 'x', 1e308, -1e308, 2 ** 53, -(2 ** 63), 1.5, [null], { a: NUL }];
const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC', 'Pacific/Kiritimati', 'Etc/GMT+12', 'America/St_Johns'];

const instant = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const nearNow = fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.UTC(2026, 11, 19) + days * 86_400_000 + (days % 7) * 3_600_000).toISOString());

function stringBounds(def: Def): { min: number; max: number; trim: boolean } {
  let min = 0;
  let max = Infinity;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum ?? 0);
    if (c.check === 'max_length') max = Math.min(max, c.maximum ?? Infinity);
    if (c.check === 'length_equals') min = max = c.length ?? 0;
  }
  return { min, max, trim: (def.checks ?? []).some((c) => c._zod.def.check === 'overwrite') };
}

function numberBounds(def: Def): { min: number; max: number; int: boolean } {
  let min = -Number.MAX_SAFE_INTEGER;
  let max = Number.MAX_SAFE_INTEGER;
  let int = false;
  for (const c of checksOf(def)) {
    if (c.check === 'number_format') int = true;
    if (c.check === 'greater_than') min = Math.max(min, (c.value ?? 0) + (c.inclusive ? 0 : 1));
    if (c.check === 'less_than') max = Math.min(max, (c.value ?? 0) - (c.inclusive ? 0 : 1));
  }
  return { min, max, int };
}

export class SchemaArbitraries {
  constructor(private readonly pools: Pools) {}

  /** A value for `schema` at field `key`; `hostile`: weight of a hostile value against 20 valid. */
  of(schema: z.ZodType, key: string, hostile: number): fc.Arbitrary<unknown> {
    const valid = this.valid(schema, key, hostile);
    if (hostile === 0) return valid;
    return fc.oneof({ weight: 20, arbitrary: valid }, { weight: hostile, arbitrary: this.hostile(schema, key) });
  }

  private pool(key: string): string[] | undefined {
    return this.pools[key] ?? this.pools[key.replace(/s$/, '')];
  }

  private valid(schema: z.ZodType, key: string, hostile: number): fc.Arbitrary<unknown> {
    if (schema === (isoDateTimeSchema as z.ZodType)) return fc.oneof({ weight: 3, arbitrary: nearNow }, fc.constantFrom(...DATE_EDGES), instant);
    if (schema === (isoDateSchema as z.ZodType)) {
      const days = this.pool(key) ?? ['2026-12-19'];
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...days) }, fc.constantFrom('0001-01-01', '9999-12-31'), instant.map((s) => s.slice(0, 10)));
    }
    if (schema === (timeZoneSchema as z.ZodType)) return fc.constantFrom(...TIME_ZONES);
    const def = defOf(schema);
    switch (def.type) {
      case 'string':
        return this.validString(def, key);
      case 'number': {
        const { min, max, int } = numberBounds(def);
        const n = int ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
        const value = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(min, max) }, { weight: 3, arbitrary: n }, fc.integer({ min: Math.max(min, 0), max: Math.min(max, 10) }));
        return def.coerce ? value.map(String) : value;
      }
      case 'boolean':
        return fc.boolean();
      case 'bigint':
        return fc.bigInt().map(String);
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries ?? {}));
      case 'literal':
        return fc.constantFrom(...(def.values ?? []));
      case 'null':
        return fc.constant(null);
      case 'object':
        return this.object(def, hostile);
      case 'array': {
        const { min, max } = stringBounds(def);
        const element = this.of(def.element!, key, hostile);
        const items = fc.array(element, { minLength: min, maxLength: Math.max(min, Math.min(max, min + 3)) });
        return max <= 100 && max >= 1 ? fc.oneof({ weight: 5, arbitrary: items }, fc.array(element, { minLength: max, maxLength: max })) : items;
      }
      case 'union':
        return fc.oneof(...(def.options ?? []).map((o) => this.valid(o, key, hostile)));
      case 'optional':
      case 'default':
      case 'prefault':
        return fc.oneof(fc.constant(undefined), this.of(def.innerType!, key, hostile), this.of(def.innerType!, key, hostile));
      case 'nullable':
        return fc.oneof(fc.constant(null), this.of(def.innerType!, key, hostile), this.of(def.innerType!, key, hostile));
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return this.valid(def.innerType!, key, hostile);
      case 'pipe':
        return this.valid(def.in!, key, hostile);
      case 'lazy':
        return this.valid(def.getter!(), key, hostile);
      case 'record':
        return fc.dictionary(fc.string({ maxLength: 10 }), this.of(def.valueType!, key, hostile), { maxKeys: 3 });
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private validString(def: Def, key: string): fc.Arbitrary<unknown> {
    const formats = [def, ...checksOf(def)].filter((d) => d.format);
    const format = formats[0];
    if (format?.format === 'uuid' || format?.format === 'guid') {
      const pool = this.pool(key) ?? this.pools['*'] ?? [];
      return pool.length ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...pool) }, fc.uuid()) : fc.uuid();
    }
    if (format?.format === 'email') return fc.oneof(fc.constant(`fuzz-${randomUUID().slice(0, 8)}@example.id`), fc.emailAddress().filter((e) => e.length <= 254));
    if (format?.format === 'base64') return fc.base64String({ maxLength: 400 });
    if (format?.format === 'regex' && format.pattern) {
      const pool = this.pool(key);
      const matching = fc.stringMatching(format.pattern);
      return pool ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, matching) : matching;
    }
    const pool = this.pool(key);
    const { min, max, trim } = stringBounds(def);
    const cap = Number.isFinite(max) ? max : 300;
    const fill = (ch: string, n: number) => ch.repeat(Math.max(n, 0)).slice(0, n);
    const plain = fc.string({ minLength: Math.max(min, 1), maxLength: Math.min(cap, 40), unit: 'grapheme' }).map((s) => (trim && min > 0 && !s.trim() ? `a${s}`.slice(0, cap) : s));
    const edges = fc.constantFrom(
      fill('x', cap),
      fill('é', cap),
      `${fill('😀', Math.floor(cap / 2) * 2).slice(0, Math.floor(cap / 2) * 2)}`,
      `a${' '.repeat(Math.max(0, Math.min(cap, 50) - 2))}b`.slice(0, cap),
      fill('a', Math.max(min, 1)),
      "'; DROP TABLE events; --".slice(0, cap),
      '%_\\'.slice(0, cap),
      'line\r\nbreak\rcr\nlf\ttab'.slice(0, cap),
    ).filter((s) => s.length >= min && s.length <= cap && (!trim || min === 0 || s.trim().length >= min));
    const options: fc.Arbitrary<unknown>[] = [plain, plain, edges];
    if (pool) options.push(fc.constantFrom(...pool), fc.constantFrom(...pool));
    return fc.oneof(...options);
  }

  private object(def: Def, hostile: number): fc.Arbitrary<unknown> {
    const shape = def.shape ?? {};
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, child] of Object.entries(shape)) record[k] = this.of(child, k, hostile);
    const base = fc.record(record);
    const repaired = base.map((value) => repairDates(value as Record<string, unknown>));
    if (hostile === 0) return repaired;
    // Extra fields the contract does not list (mass assignment, prototype keys): ignored or refused, never applied.
    const extra = fc.dictionary(fc.constantFrom('organizationId', 'id', 'version', 'createdBy', 'role', 'constructor', 'extra', `k${NUL}`), fc.constantFrom<unknown>('x', 1, null, { prototype: { admin: true } }), { maxKeys: 2 });
    return fc.oneof({ weight: 6, arbitrary: repaired }, fc.tuple(repaired, extra).map(([v, e]) => ({ ...e, ...(v as object) })));
  }

  private hostile(schema: z.ZodType, key: string): fc.Arbitrary<unknown> {
    if (schema === (isoDateTimeSchema as z.ZodType)) return fc.constantFrom(...BAD_DATES);
    if (schema === (isoDateSchema as z.ZodType)) return fc.constantFrom(...BAD_DAYS);
    const def = defOf(schema);
    const wrong = fc.constantFrom(...WRONG_TYPES);
    switch (def.type) {
      case 'string': {
        const { min, max } = stringBounds(def);
        const cap = Number.isFinite(max) ? max : 1000;
        const strings = [`a${NUL}b`, NUL, `x${LONE_HIGH}`, `${LONE_LOW}y`, `${LONE_LOW}${LONE_HIGH}`, 'x'.repeat(cap + 1), '   ', '', 'é'.repeat(cap + 1), 'x'.repeat(20_000), ...BAD_DATES.slice(0, 4)];
        if (min > 1) strings.push('x'.repeat(min - 1));
        return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...strings) }, wrong);
      }
      case 'number': {
        const { min, max } = numberBounds(def);
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(min - 1, max + 1, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e308, -1e308, -0, 2 ** 63) },
          def.coerce ? fc.constantFrom('1e999', '-1', '0x10', 'NaN', '', ' 5', '5.5', String(2 ** 64)) : fc.constantFrom('5', 'NaN'),
          wrong,
        );
      }
      case 'array':
        return fc.oneof(fc.constant([]), fc.array(this.hostile(def.element!, key), { minLength: 1, maxLength: 2 }), wrong, fc.constant(Array.from({ length: 300 }, () => 'x')));
      case 'object':
        return fc.oneof(wrong, fc.constant({}), fc.constant({ __proto__: { polluted: true } }), fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')));
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return this.hostile(def.innerType!, key);
      case 'pipe':
        return this.hostile(def.in!, key);
      default:
        return wrong;
    }
  }
}

/** A generated start and end in one object keep end ≥ start most of the time, so the pair reaches the handler. */
function repairDates(value: Record<string, unknown>): Record<string, unknown> {
  const { startAt, endAt } = value;
  if (typeof startAt === 'string' && typeof endAt === 'string' && Date.parse(endAt) < Date.parse(startAt)) return { ...value, startAt: endAt, endAt: startAt };
  return value;
}

/** Percent-encodes a string as (WTF-)8 bytes: a lone surrogate becomes the three bytes it would have, which no decoder accepts. */
export function encodeComponent(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(value[i]!);
    }
  }
  return out;
}

/** A query string from a generated value: arrays repeat the key, objects are sent as JSON text. */
export function toQueryString(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value === undefined ? '' : `?q=${encodeComponent(JSON.stringify(value))}`;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) parts.push(`${encodeComponent(k)}=${encodeComponent(typeof item === 'string' ? item : JSON.stringify(item))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Bodies no schema produces: bytes that are not UTF-8, broken or deeply nested JSON, JSON of the wrong shape. */
export const RAW_BODIES: (string | Buffer)[] = [
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  Buffer.from([0xed, 0xa0, 0x80]),
  '{"a":',
  '',
  'null',
  '[]',
  '"text"',
  '1e999',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `{"a":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
  '{"name":"a\\u0000b"}',
  '{"name":"\\ud800"}',
];

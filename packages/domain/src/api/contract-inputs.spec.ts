import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { distinctItems, idSchema, isoDateSchema, isoDateTimeSchema, storableText } from '../common/primitives.js';
import { allRoutes } from './contract.js';

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
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
  left?: z.ZodType;
  right?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every schema node reachable from a route's input, with its path for the failure message. */
function* nodes(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): Generator<[z.ZodType, string]> {
  if (seen.has(schema)) return;
  seen.add(schema);
  yield [schema, path];
  const def = defOf(schema);
  const children: [z.ZodType | null | undefined, string][] = [];
  if (def.shape) for (const [key, child] of Object.entries(def.shape)) children.push([child, `${path}/${key}`]);
  children.push([def.catchall, `${path}/*`], [def.element, `${path}/0`], [def.innerType, path], [def.in, path], [def.out, path]);
  children.push([def.keyType, `${path}/<key>`], [def.valueType, `${path}/<value>`], [def.left, path], [def.right, path], [def.rest, path]);
  for (const option of def.options ?? []) children.push([option, path]);
  for (const [i, item] of (def.items ?? []).entries()) children.push([item, `${path}/${i}`]);
  if (def.type === 'lazy' && def.getter) children.push([def.getter(), path]);
  for (const [child, at] of children) if (child) yield* nodes(child, at, seen);
}

/** An anchored pattern with no negated class and no dot cannot match NUL or a lone surrogate. */
const closedPattern = (p: RegExp) => p.source.startsWith('^') && p.source.endsWith('$') && !/\[\^|(^|[^\\])\./.test(p.source) && !/\\[DSW]/.test(p.source);

describe('every route input goes through the domain primitives', () => {
  const inputs = allRoutes().flatMap((route) =>
    (['params', 'query', 'body'] as const).flatMap((where) => (route[where] ? [{ route, where, schema: route[where] }] : [])),
  );

  it('every string refuses NUL and lone surrogates (storableText, or a closed format)', () => {
    const offenders: string[] = [];
    let strings = 0;
    for (const { route, where, schema } of inputs) {
      for (const [node, path] of nodes(schema, `/${where}`)) {
        const def = defOf(node);
        if (def.type !== 'string') continue;
        strings += 1;
        const checks = def.checks ?? [];
        if (checks.some((c) => (c as unknown) === storableText)) continue;
        const formats = [def, ...checks.map((c) => c._zod.def)].filter((d) => d.format);
        if (formats.some((d) => d.format !== 'regex' || (d.pattern && closedPattern(d.pattern)))) continue;
        offenders.push(`${route.method} ${route.path} ${path}`);
      }
    }
    expect(strings).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });

  it('every date-time and date is the bounded primitive', () => {
    const offenders: string[] = [];
    for (const { route, where, schema } of inputs) {
      for (const [node, path] of nodes(schema, `/${where}`)) {
        const def = defOf(node);
        if (def.type !== 'string' || (def.format !== 'datetime' && def.format !== 'date')) continue;
        if (node !== (isoDateTimeSchema as z.ZodType) && node !== (isoDateSchema as z.ZodType)) offenders.push(`${route.method} ${route.path} ${path}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every list of ids names each id once (a repeat would be a duplicate key)', () => {
    const offenders: string[] = [];
    let lists = 0;
    for (const { route, where, schema } of inputs) {
      for (const [node, path] of nodes(schema, `/${where}`)) {
        const def = defOf(node);
        if (def.type !== 'array' || def.element !== (idSchema as z.ZodType)) continue;
        lists += 1;
        if (!(def.checks ?? []).some((c) => (c as unknown) === distinctItems)) offenders.push(`${route.method} ${route.path} ${path}`);
      }
    }
    expect(lists).toBeGreaterThan(3);
    expect(offenders).toEqual([]);
  });

  it('no route input takes free-form values no schema checks', () => {
    const offenders: string[] = [];
    for (const { route, where, schema } of inputs) {
      for (const [node, path] of nodes(schema, `/${where}`)) {
        if (['unknown', 'any'].includes(defOf(node).type)) offenders.push(`${route.method} ${route.path} ${path}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

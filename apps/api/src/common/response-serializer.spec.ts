import { budgetSummarySchema, eventSchema, meSchema, pageOf } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerFor } from './response-serializer.js';

describe('serializerFor', () => {
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

  it('walks the real response schemas', () => {
    for (const schema of [meSchema, eventSchema, budgetSummarySchema]) expect(typeof serializerFor(schema)).toBe('function');
  });
});

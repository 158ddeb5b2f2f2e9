import type { z } from 'zod';

type Serialize = (value: unknown) => unknown;

const cache = new WeakMap<z.ZodType, Serialize>();

/**
 * Builds a function that copies only the fields a response schema declares (recursively),
 * without re-validating every value: the same guarantee as parsing — no undeclared column
 * ever leaves — at a fraction of the cost on hot paths. Shapes it cannot walk fall back to
 * a full parse. Tests run with full parsing (see ContractInterceptor), so wrong values
 * still fail there.
 */
export function serializerFor(schema: z.ZodType): Serialize {
  const cached = cache.get(schema);
  if (cached) return cached;
  const built = build(schema);
  cache.set(schema, built);
  return built;
}

function build(schema: z.ZodType): Serialize {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      // A field a parse fills in when it is missing (a default, or a transform of undefined such as
      // optional text → null) gets that value here too, so both paths send the same body.
      const fields = Object.entries(shape).map(([key, field]) => {
        const whenMissing = field.safeParse(undefined);
        return [key, build(field), whenMissing.success ? whenMissing.data : undefined] as const;
      });
      return (value) => {
        if (value === null || typeof value !== 'object') return schema.parse(value);
        const source = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [key, serialize, whenMissing] of fields) {
          if (source[key] !== undefined) out[key] = serialize(source[key]);
          else if (whenMissing !== undefined) out[key] = whenMissing;
        }
        return out;
      };
    }
    case 'array': {
      const item = build(def.element as z.ZodType);
      return (value) => (Array.isArray(value) ? value.map(item) : schema.parse(value));
    }
    case 'nullable':
    case 'optional': {
      const inner = build(def.innerType as z.ZodType);
      return (value) => (value === null || value === undefined ? value : inner(value));
    }
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'unknown':
    case 'any':
    case 'record':
      return (value) => value;
    default:
      return (value) => schema.parse(value);
  }
}

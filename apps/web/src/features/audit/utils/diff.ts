export type DiffRow = { key: string; before: unknown; after: unknown; changed: boolean };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field-by-field comparison of an audit entry's before/after snapshots. Changed fields come
 * first; unchanged ones follow for context (an update that only bumps `version` and
 * `updatedAt` still shows them as changed).
 */
export function diffEntries(before: Record<string, unknown> | null, after: Record<string, unknown> | null): DiffRow[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const rows = [...keys].map((key) => {
    const b = before?.[key];
    const a = after?.[key];
    return { key, before: b, after: a, changed: !same(b, a) };
  });
  return rows.sort((x, y) => Number(y.changed) - Number(x.changed) || x.key.localeCompare(y.key));
}

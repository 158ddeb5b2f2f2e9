import { describe, expect, it } from 'vitest';
import { diffEntries } from './diff';

describe('audit diff', () => {
  it('lists changed fields first, then the unchanged ones', () => {
    const rows = diffEntries({ name: 'A', status: 'planning', version: 1 }, { name: 'A', status: 'wrap', version: 2 });
    expect(rows.map((r) => [r.key, r.changed])).toEqual([
      ['status', true],
      ['version', true],
      ['name', false],
    ]);
  });

  it('handles creations and deletions', () => {
    expect(diffEntries(null, { name: 'A' })).toEqual([{ key: 'name', before: undefined, after: 'A', changed: true }]);
    expect(diffEntries({ name: 'A' }, null)[0]?.changed).toBe(true);
  });
});

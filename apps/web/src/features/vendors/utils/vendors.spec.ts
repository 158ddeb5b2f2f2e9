import { describe, expect, it } from 'vitest';
import { formatNpwp, vendorsSearchSchema } from './vendors-search';

describe('vendor directory helpers', () => {
  it('formats NPWP the way it is printed', () => {
    expect(formatNpwp('012345678901000')).toBe('01.234.567.8-901.000');
    expect(formatNpwp('3171234567890001')).toBe('3171 2345 6789 0001');
    expect(formatNpwp(null)).toBe('');
  });

  it('drops unknown categories from the URL', () => {
    expect(vendorsSearchSchema.parse({ category: 'catering', q: 'nasi' })).toEqual({ category: 'catering', q: 'nasi' });
    expect(vendorsSearchSchema.parse({ category: 'spaceships' })).toEqual({});
  });
});

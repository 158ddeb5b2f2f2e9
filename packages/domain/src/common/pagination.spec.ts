import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './pagination.js';

describe('cursor', () => {
  it('round-trips any key', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 4 }), (key) => {
        expect(decodeCursor(encodeCursor(key))).toEqual(key);
      }),
    );
  });

  it('returns null for tampered cursors', () => {
    expect(decodeCursor('not-base64-json')).toBeNull();
    expect(decodeCursor(encodeCursor([]).slice(0, 1))).toBeNull();
    expect(decodeCursor(btoa('{"a":1}'))).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, newRecoveryCodes, normalizeRecoveryCode, totpStep } from './totp.js';

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors (SHA-1, 8 digits)', () => {
    const key = Buffer.from('12345678901234567890');
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors) expect(hotp(key, totpStep(seconds * 1000), 8)).toBe(code);
  });

  it('matches the RFC 4226 HOTP test values (6 digits)', () => {
    const key = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 3, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '969429', '520489']);
  });

  it('base32 round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect([...base32Decode(base32Encode(Buffer.from(bytes)))]).toEqual([...bytes]);
      }),
    );
    expect(base32Encode(Buffer.from('12345678901234567890'))).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it('accepts one step of drift either way, and never the same step twice', () => {
    const secret = base32Encode(Buffer.from('12345678901234567890'));
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    const key = base32Decode(secret);
    expect(matchTotp(secret, hotp(key, step), now, null)).toBe(step);
    expect(matchTotp(secret, hotp(key, step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(secret, hotp(key, step + 1), now, null)).toBe(step + 1);
    expect(matchTotp(secret, hotp(key, step - 2), now, null)).toBeNull();
    expect(matchTotp(secret, hotp(key, step), now, step)).toBeNull();
  });

  it('makes ten distinct recovery codes, compared without dashes or case', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes.map(normalizeRecoveryCode)).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(normalizeRecoveryCode(' ABCDE-fghij ')).toBe('abcdefghij');
  });
});

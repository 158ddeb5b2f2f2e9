import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.js';

describe('passwordProblem', () => {
  it('accepts a decent passphrase', () => {
    expect(passwordProblem('lampu panggung 42')).toBeNull();
  });

  it('refuses short, long, common and email-derived passwords', () => {
    expect(passwordProblem('short')).toMatch(/at least 8/);
    expect(passwordProblem('x'.repeat(129))).toMatch(/at most 128/);
    expect(passwordProblem('Password123')).toMatch(/too common/);
    expect(passwordProblem('aaaaaaaaaa')).toMatch(/too common/);
    expect(passwordProblem('budi.santoso2026', { email: 'budi.santoso@example.id' })).toMatch(/email/);
  });
});

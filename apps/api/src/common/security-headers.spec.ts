import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

describe('securityHeaders', () => {
  it('adds HSTS and upgrade-insecure-requests only in production', () => {
    const production = securityHeaders(true);
    expect(production['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(production['content-security-policy']).toMatch(/;upgrade-insecure-requests$/);
    const development = securityHeaders(false);
    expect(development['strict-transport-security']).toBeUndefined();
    expect(development['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('never lets a page be framed or load scripts from elsewhere', () => {
    const csp = securityHeaders(true)['content-security-policy']!.split(';');
    expect(csp).toEqual(expect.arrayContaining(["frame-ancestors 'none'", "script-src 'self'", "object-src 'none'"]));
  });
});

import { describe, expect, it } from 'vitest';
import { bytesToBase64, formatBytes, safeContentType, safeFilename } from './files';

describe('uploads', () => {
  it('encodes bytes as plain base64', () => {
    expect(bytesToBase64(new TextEncoder().encode('Faktur 2026'))).toBe(btoa('Faktur 2026'));
    const big = new Uint8Array(100_000).fill(65);
    expect(atob(bytesToBase64(big)).length).toBe(100_000);
  });

  it('keeps names and types the API accepts', () => {
    expect(safeFilename('a/b\\c.pdf')).toBe('a_b_c.pdf');
    expect(safeFilename(`${'x'.repeat(300)}.pdf`)).toHaveLength(200);
    expect(safeFilename(`${'x'.repeat(300)}.pdf`).endsWith('.pdf')).toBe(true);
    expect(safeContentType('application/pdf')).toBe('application/pdf');
    expect(safeContentType('')).toBe('application/octet-stream');
  });

  it('formats sizes in the reader language', () => {
    expect(formatBytes(1536, 'en-US')).toBe('1.5 KB');
    expect(formatBytes(1536, 'id-ID')).toBe('1,5 KB');
    expect(formatBytes(12, 'en-US')).toBe('12 B');
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, listenHost, parseConfig, seedsDemo } from './config.js';

describe('parseConfig', () => {
  it('applies defaults', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS/);
  });

  it('never trusts any X-Forwarded-For: a hop count or the proxies\' addresses', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toEqual({ hops: 1 });
    expect(parseConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,loopback,::1' }).TRUST_PROXY).toEqual({
      addresses: ['10.0.0.5', '10.0.1.0/24', 'loopback', '::1'],
    });
    expect(() => parseConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true would trust any X-Forwarded-For/);
    expect(() => parseConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY/);
    expect(() => parseConfig({ TRUST_PROXY: '10.0.0.5,example.com' })).toThrow(/example\.com/);
    expect(() => parseConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('keeps an embedded demo on this machine; a deployment listens everywhere and seeds nothing unless asked', () => {
    const embedded = parseConfig({});
    expect(listenHost(embedded)).toBe('127.0.0.1');
    expect(seedsDemo(embedded)).toBe(true);
    expect(listenHost(parseConfig({ HOST: '0.0.0.0' }))).toBe('0.0.0.0');
    expect(seedsDemo(parseConfig({ SEED_DEMO: 'false' }))).toBe(false);
    const deployed = parseConfig({ DATABASE_URL: 'postgres://u@db:5432/rundown' });
    expect(listenHost(deployed)).toBe('0.0.0.0');
    expect(seedsDemo(deployed)).toBe(false);
    expect(listenHost(parseConfig({ DATABASE_URL: 'postgres://u@db:5432/rundown', HOST: '10.0.0.7' }))).toBe('10.0.0.7');
    expect(seedsDemo(parseConfig({ DATABASE_URL: 'postgres://u@db:5432/rundown', SEED_DEMO: 'true' }))).toBe(true);
  });
});

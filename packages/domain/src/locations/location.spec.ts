import { describe, expect, it } from 'vitest';
import { createLocationSchema, indonesianZoneAbbreviation, mapLink, PROVINCES, zoneForProvince } from './location.schemas.js';

describe('provinces and zones', () => {
  it('covers the 38 provinces: 18 WIB, 12 WITA, 8 WIT', () => {
    expect(PROVINCES).toHaveLength(38);
    const count = (abbr: string) => PROVINCES.filter((p) => indonesianZoneAbbreviation(zoneForProvince(p)) === abbr).length;
    expect([count('WIB'), count('WITA'), count('WIT')]).toEqual([18, 12, 8]);
  });

  it('puts West and Central Kalimantan on Pontianak time, Bali on WITA, the Papua provinces on WIT', () => {
    expect(zoneForProvince('kalimantan_barat')).toBe('Asia/Pontianak');
    expect(zoneForProvince('kalimantan_timur')).toBe('Asia/Makassar');
    expect(zoneForProvince('bali')).toBe('Asia/Makassar');
    expect(zoneForProvince('papua_pegunungan')).toBe('Asia/Jayapura');
  });
});

describe('map link', () => {
  it('points at the coordinates when known, else at the address', () => {
    expect(mapLink({ latitude: -6.2185, longitude: 106.8017, address: 'x', city: null })).toBe('https://www.google.com/maps/search/?api=1&query=-6.2185%2C106.8017');
    expect(mapLink({ latitude: null, longitude: null, address: 'Jl. Pintu Satu Senayan', city: 'Jakarta', postalCode: '10270' })).toBe(
      'https://www.google.com/maps/search/?api=1&query=Jl.%20Pintu%20Satu%20Senayan%2C%20Jakarta%2C%2010270',
    );
  });
});

describe('location input', () => {
  it('wants both coordinates or neither', () => {
    const base = { name: 'x', kind: 'venue', address: 'y' };
    expect(createLocationSchema.safeParse({ ...base, latitude: 1 }).success).toBe(false);
    expect(createLocationSchema.safeParse({ ...base, latitude: 1, longitude: 2 }).success).toBe(true);
    expect(createLocationSchema.safeParse(base).success).toBe(true);
  });
});

import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

export const istora = (overrides: Record<string, unknown> = {}) => ({
  name: 'Istora Senayan',
  kind: 'venue',
  address: 'Jl. Pintu Satu Senayan',
  city: 'Jakarta Pusat',
  province: 'dki_jakarta',
  postalCode: '10270',
  capacity: 7000,
  loadingDockNotes: 'Dock B, truk maks. 10 ton, lewat Pintu 7',
  hospital: { name: 'RS Pelni', address: 'Jl. K.S. Tubun 92', phone: '021-5306901' },
  spaces: [{ name: 'Arena utama', capacity: 7000 }, { name: 'Backstage', capacity: 120 }],
  ...overrides,
});

describe('locations directory', () => {
  let owner: TestClient;
  let base: string;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('locations');
    base = `/api/orgs/${owner.orgId}/locations`;
  });

  it('creates a place with spaces, derives its zone from the province, and builds a map link without fetching', async () => {
    const created = await owner.post(base, istora());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({ timeZone: 'Asia/Jakarta', province: 'dki_jakarta', capacity: 7000 });
    expect(created.body.spaces.map((s: { name: string }) => s.name)).toEqual(['Arena utama', 'Backstage']);
    expect(created.body.mapUrl).toBe('https://www.google.com/maps/search/?api=1&query=Jl.%20Pintu%20Satu%20Senayan%2C%20Jakarta%20Pusat%2C%2010270');

    const bali = await owner.post(base, istora({ name: 'GWK Cultural Park', province: 'bali', city: 'Badung', latitude: -8.8104, longitude: 115.1676, spaces: [] }));
    expect(bali.body.timeZone).toBe('Asia/Makassar');
    expect(bali.body.mapUrl).toContain('query=-8.8104%2C115.1676');
    const papua = await owner.post(base, istora({ name: 'Stadion Lukas Enembe', province: 'papua', city: 'Jayapura', timeZone: 'Asia/Jakarta', spaces: [] }));
    expect(papua.body.timeZone).toBe('Asia/Jakarta'); // an explicit zone wins over the province's
  });

  it('refuses half coordinates and a malformed postal code with field errors', async () => {
    const res = await owner.post(base, istora({ latitude: -6.2, postalCode: '123' }));
    expect(res.status).toBe(400);
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/postalCode', '/body/longitude']));
  });

  it('updates with If-Match, moves the zone with the province, refuses a stale version and audits', async () => {
    const created = (await owner.post(base, istora({ name: 'Gedung Sate' }))).body;
    const path = `${base}/${created.id}`;
    expect((await owner.patch(path, { city: 'Bandung' })).status).toBe(428);
    const moved = await owner.patch(path, { province: 'sulawesi_selatan', city: 'Makassar' }, { headers: { 'if-match': '"1"' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ timeZone: 'Asia/Makassar', version: 2, city: 'Makassar' });
    const stale = await owner.patch(path, { city: 'Bandung' }, { headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.current.version).toBe(2);
    const audit = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=location&entityId=${created.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
  });

  it('adds, edits and deletes spaces', async () => {
    const place = (await owner.post(base, istora({ name: 'JIExpo Kemayoran', spaces: [] }))).body;
    const space = await owner.post(`${base}/${place.id}/spaces`, { name: 'Hall A', capacity: 5000 });
    expect(space.status).toBe(201);
    const renamed = await owner.patch(`${base}/${place.id}/spaces/${space.body.id}`, { name: 'Hall A1', capacity: null }, { headers: { 'if-match': '"1"' } });
    expect(renamed.body).toMatchObject({ name: 'Hall A1', capacity: null, version: 2 });
    expect((await owner.get(`${base}/${place.id}`)).body.spaces).toHaveLength(1);
    expect((await owner.delete(`${base}/${place.id}/spaces/${space.body.id}`)).status).toBe(204);
    expect((await owner.get(`${base}/${place.id}`)).body.spaces).toHaveLength(0);
  });

  it('searches name, address and city, filters by city and kind, and pages by keyset', async () => {
    const other = await new TestClient(t.app).signup('locations-list');
    const list = `/api/orgs/${other.orgId}/locations`;
    for (let i = 0; i < 7; i++) {
      await other.post(list, istora({ name: `Gudang ${i}`, kind: 'warehouse', city: i % 2 ? 'Bekasi' : 'Tangerang', province: i % 2 ? 'jawa_barat' : 'banten', spaces: [] }));
    }
    await other.post(list, istora({ name: 'Hotel Mulia', kind: 'hotel', address: 'Jl. Asia Afrika, Senayan', spaces: [] }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null } } = await other.get(`${list}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((l) => l.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Gudang 0', 'Gudang 1', 'Gudang 2', 'Gudang 3', 'Gudang 4', 'Gudang 5', 'Gudang 6', 'Hotel Mulia']);
    expect((await other.get(list)).body.items).toHaveLength(8); // the small default page (25) holds them all

    const names = async (query: string) => (await other.get(`${list}?${query}`)).body.items.map((l: { name: string }) => l.name);
    expect(await names('q=senayan')).toEqual(['Gudang 0', 'Gudang 1', 'Gudang 2', 'Gudang 3', 'Gudang 4', 'Gudang 5', 'Gudang 6', 'Hotel Mulia']);
    expect(await names('q=mulia')).toEqual(['Hotel Mulia']);
    expect(await names('q=bekasi')).toEqual(['Gudang 1', 'Gudang 3', 'Gudang 5']);
    expect(await names('city=BEKASI&kind=warehouse')).toEqual(['Gudang 1', 'Gudang 3', 'Gudang 5']);
    expect(await names('kind=hotel')).toEqual(['Hotel Mulia']);
    expect(await names('q=100%25')).toEqual([]);
    expect((await other.get(`/api/orgs/${other.orgId}/location-cities`)).body.items).toEqual(['Bekasi', 'Jakarta Pusat', 'Tangerang']);
    expect((await other.get(`${list}?cursor=bm90LWEtY3Vyc29y`)).status).toBe(400);
  });

  it('uses the trigram index for search', async () => {
    const plan = await t.sql.query(`SET enable_seqscan = off; EXPLAIN SELECT id FROM locations WHERE search LIKE '%senayan%'`);
    const text = (Array.isArray(plan) ? plan[1] : plan).rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('locations_search_idx');
  });

  it("hides another organization's places (404), and RLS alone hides them too", async () => {
    const intruder = await new TestClient(t.app).signup('locations-intruder');
    const secret = (await owner.post(base, istora({ name: 'Lokasi Rahasia' }))).body;
    expect((await intruder.get(`${base}/${secret.id}`)).status).toBe(404);
    expect((await intruder.get(`/api/orgs/${intruder.orgId}/locations/${secret.id}`)).status).toBe(404);
    expect(JSON.stringify((await intruder.get(`/api/orgs/${intruder.orgId}/locations?q=rahasia`)).body)).not.toContain('Rahasia');

    const client: pg.PoolClient = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('role', 'rundown_app', true), set_config('app.org_id', $1, true)`, [intruder.orgId]);
      expect((await client.query(`SELECT * FROM locations`)).rowCount).toBe(0);
      expect((await client.query(`SELECT * FROM location_spaces`)).rowCount).toBe(0);
      await expect(client.query(`INSERT INTO locations (organization_id, name, kind, address, time_zone) VALUES ($1, 'x', 'venue', 'x', 'Asia/Jakarta')`, [owner.orgId])).rejects.toThrow(/row-level security/);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    const forced = await t.sql.query(`SELECT relname FROM pg_class WHERE relname IN ('locations', 'location_spaces') AND relrowsecurity AND relforcerowsecurity`);
    expect(forced.rowCount).toBe(2);
  });
});

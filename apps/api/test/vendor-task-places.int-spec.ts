import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, PASSWORD, TestClient, uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

describe("a vendor's view of the places of its tasks", () => {
  let owner: TestClient;
  let vendorUser: TestClient;
  let org: string;
  let base: string;
  let place: { id: string; version: number };
  let task: { id: string };

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('vendor-places');
    org = owner.orgId;
    const event = (await owner.post(`/api/orgs/${org}/events`, jakartaEvent({ name: 'Konser Senja' }))).body;
    base = `/api/orgs/${org}/events/${event.id}`;
    place = (await owner.post(`/api/orgs/${org}/locations`, {
      name: 'Istora Senayan (nama internal)', kind: 'venue', address: 'Jl. Pintu Satu Senayan', city: 'Jakarta Pusat', postalCode: '10270',
      loadingDockNotes: 'Dock B lewat Gate 5', parkingNotes: 'RAHASIA parkir kru', powerNotes: 'RAHASIA panel listrik',
      hospital: { name: 'RAHASIA rumah sakit' }, contacts: [{ name: 'RAHASIA kontak venue', phone: '0811' }],
      spaces: [{ name: 'Arena' }],
    })).body;
    const hold = (await owner.post(`${base}/places`, {
      locationId: place.id, role: 'main_venue', startAt: '2026-12-17T06:00:00+07:00', endAt: '2026-12-20T08:00:00+07:00',
      loadIn: { startAt: '2026-12-17T08:00:00+07:00', endAt: '2026-12-17T22:00:00+07:00' }, notes: 'RAHASIA harga sewa',
    })).body;
    const vendor = (await owner.post(`/api/orgs/${org}/vendors`, { name: 'PT Suara Jaya', category: 'av_rental' })).body;
    const invite = await owner.post(`/api/orgs/${org}/vendors/${vendor.id}/invitations`, { email: uniqueEmail('vendor') });
    vendorUser = new TestClient(t.app);
    vendorUser.me = (await vendorUser.post(`/api/invitations/${invite.body.token}/register`, { name: 'Budi Vendor', password: PASSWORD })).body;
    const created = await owner.post(`${base}/tasks`, {
      title: 'Kirim sound system', startAt: '2026-12-17T09:00:00+07:00', endAt: '2026-12-17T12:00:00+07:00', vendorId: vendor.id, placeId: hold.id, location: 'Dock B',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.placeId).toBe(hold.id);
    task = created.body;
    // A task of the same organization without a vendor link names the place too: the vendor never sees it.
    await owner.post(`${base}/tasks`, { title: 'Tugas internal', startAt: '2026-12-17T09:00:00+07:00', endAt: '2026-12-17T12:00:00+07:00', placeId: hold.id });
  });

  it('shows only the address, map link, loading-dock notes and load-in window', async () => {
    const mine = await vendorUser.get('/api/me/tasks');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0].place).toEqual({
      address: 'Jl. Pintu Satu Senayan',
      mapUrl: 'https://www.google.com/maps/search/?api=1&query=Jl.%20Pintu%20Satu%20Senayan%2C%20Jakarta%20Pusat%2C%2010270',
      loadingDockNotes: 'Dock B lewat Gate 5',
      loadIn: { startAt: '2026-12-17T01:00:00.000Z', endAt: '2026-12-17T15:00:00.000Z' },
    });
    expect(JSON.stringify(mine.body)).not.toMatch(/RAHASIA|nama internal/);
    const one = await vendorUser.patch(`/api/me/tasks/${task.id}`, { status: 'in_progress' }, { headers: { 'if-match': '"1"' } });
    expect(one.body.place.loadingDockNotes).toBe('Dock B lewat Gate 5');
  });

  it('keeps the directory, holds and permits closed to the vendor (403), and row-level security shows it nothing', async () => {
    expect((await vendorUser.get(`/api/orgs/${org}/locations`)).status).toBe(403);
    expect((await vendorUser.get(`/api/orgs/${org}/locations/${place.id}`)).status).toBe(403);
    expect((await vendorUser.get(`${base}/places`)).status).toBe(403);
    expect((await vendorUser.get(`/api/orgs/${org}/permits`)).status).toBe(403);
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('role', 'rundown_app', true), set_config('app.user_id', $1, true)`, [vendorUser.me!.user.id]);
      for (const table of ['locations', 'location_spaces', 'event_places', 'permits', 'permit_types']) {
        expect((await client.query(`SELECT * FROM ${table}`)).rowCount, table).toBe(0);
      }
      // The helper answers only for the caller's own vendor tasks.
      const others = await client.query(`SELECT * FROM app_vendor_task_places($1, ARRAY(SELECT id FROM tasks))`, [owner.me!.user.id]);
      expect(others.rowCount).toBe(0);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('follows a change of address at once (the kept page is dropped)', async () => {
    expect((await vendorUser.get('/api/me/tasks')).body.items[0].place.address).toBe('Jl. Pintu Satu Senayan');
    const moved = await owner.patch(`/api/orgs/${org}/locations/${place.id}`, { address: 'Jl. Gerbang Pemuda 3' }, { headers: { 'if-match': `"${place.version}"` } });
    expect(moved.status).toBe(200);
    await expect.poll(async () => (await vendorUser.get('/api/me/tasks')).body.items[0].place.address).toBe('Jl. Gerbang Pemuda 3');
  });

  it('refuses a task place from another event', async () => {
    const other = (await owner.post(`/api/orgs/${org}/events`, jakartaEvent({ name: 'Lain' }))).body;
    const elsewhere = (await owner.post(`/api/orgs/${org}/events/${other.id}/places`, { locationId: place.id, role: 'shoot', startAt: '2027-01-01T08:00:00+07:00', endAt: '2027-01-01T10:00:00+07:00' })).body;
    const res = await owner.post(`${base}/tasks`, { title: 'x', startAt: '2026-12-17T09:00:00+07:00', endAt: '2026-12-17T12:00:00+07:00', placeId: elsewhere.id });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/body/placeId');
  });
});

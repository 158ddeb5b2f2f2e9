import type { INestApplication } from '@nestjs/common';
import { importLinesSchema, type CreatePermitInput, type CreateVendorInput } from '@rundown/domain';
import { DataSource } from 'typeorm';
import type { OrgContext } from '../../common/request-context.js';
import { hashPassword } from '../../modules/auth/password-hasher.js';
import { EventsService } from '../../modules/events/events.service.js';
import { EventPlacesService } from '../../modules/locations/event-places.service.js';
import { LocationsService } from '../../modules/locations/locations.service.js';
import { PermitsService } from '../../modules/locations/permits.service.js';
import { BudgetImportService } from '../../modules/budgets/budget-import.service.js';
import { BaselinesService } from '../../modules/budgets/baselines.service.js';
import { BudgetsService } from '../../modules/budgets/budgets.service.js';
import { FringesService } from '../../modules/budgets/fringes.service.js';
import { SpendService } from '../../modules/budgets/spend.service.js';
import { RundownService } from '../../modules/rundown/rundown.service.js';
import { DependenciesService } from '../../modules/timeline/dependencies.service.js';
import { ScheduleBaselinesService } from '../../modules/timeline/schedule-baselines.service.js';
import { ScheduleService } from '../../modules/timeline/schedule.service.js';
import { TasksService } from '../../modules/timeline/tasks.service.js';
import { VendorsService } from '../../modules/vendors/vendors.service.js';
import { SETUP_LOCK } from '../migrate.js';
import { demoShiftDays, shiftDemoDate, todayIn } from './demo-calendar.js';

export const DEMO_LOGIN = { email: 'demo@rundown.id', password: 'panggung-senja-2026' } as const;

const PEOPLE = [
  { email: DEMO_LOGIN.email, name: 'Rina Wulandari', role: 'owner' },
  { email: 'dimas@rundown.id', name: 'Dimas Prasetyo', role: 'manager' },
  { email: 'sari@rundown.id', name: 'Sari Nugroho', role: 'coordinator' },
  { email: 'agus@rundown.id', name: 'Agus Santoso', role: 'crew' },
  { email: 'vendor@suarajaya.co.id', name: 'PT Suara Jaya Audio', role: 'vendor' },
] as const;

const EVENTS = [
  {
    name: 'Konser Senja di Jakarta',
    kind: 'live_event',
    status: 'pre_production',
    start: '2026-12-19T15:00:00+07:00',
    end: '2026-12-19T23:30:00+07:00',
    venue: 'Istora Senayan, Jakarta',
    client: 'PT Nada Nusantara',
    notes: 'Kapasitas 7.000 penonton. Load-in panggung H-2, gladi bersih H-1 pukul 19.00.',
  },
  {
    name: 'Syuting Iklan Kopi Pagi — Bandung',
    kind: 'film',
    status: 'planning',
    start: '2027-01-12T05:00:00+07:00',
    end: '2027-01-14T20:00:00+07:00',
    venue: 'Perkebunan Teh Malabar, Pangalengan',
    client: 'Kopi Pagi Indonesia',
    notes: 'Tiga hari syuting, call time 05.00 untuk golden hour.',
  },
  {
    name: 'Gala Dinner Tahunan Bank Arunika',
    kind: 'corporate',
    status: 'production',
    start: '2026-11-28T18:00:00+08:00',
    end: '2026-11-28T23:00:00+08:00',
    venue: 'Bali Nusa Dua Convention Center',
    client: 'Bank Arunika',
    notes: null,
  },
  {
    name: 'Talkshow "Ruang Kreatif" Episode 1–6',
    kind: 'tv_media',
    status: 'wrap',
    start: '2026-10-05T08:00:00+07:00',
    end: '2026-10-10T18:00:00+07:00',
    venue: 'Studio 3, Kebon Jeruk',
    client: 'Kanal Nusantara TV',
    notes: null,
  },
] as const;

/**
 * Seeds the demo organization once; later boots find it and leave it alone. Its dates are moved
 * to today (see demo-calendar.ts), so the concert is always a few weeks ahead. Runs under the
 * advisory lock migrations take, held on a connection of its own, so replicas booting together
 * take turns: the first seeds, the others find the demo and leave it alone.
 */
export async function seedDemo(app: INestApplication): Promise<boolean> {
  const lock = app.get(DataSource).createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
    return await seedOnce(app);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

async function seedOnce(app: INestApplication): Promise<boolean> {
  const db = app.get(DataSource);
  const existing = (await db.query(`SELECT 1 FROM users WHERE email = $1`, [DEMO_LOGIN.email])) as unknown[];
  if (existing.length > 0) return true;
  const days = demoShiftDays(todayIn('Asia/Jakarta'));
  const at = (written: string) => shiftDemoDate(written, days);
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  const ids = await db.transaction(async (m) => {
    const [org] = (await m.query(
      `INSERT INTO organizations (name, default_currency, locale, time_zone) VALUES ('Senja Production House', 'IDR', 'id-ID', 'Asia/Jakarta') RETURNING id`,
    )) as { id: string }[];
    let ownerId: string | null = null;
    for (const person of PEOPLE) {
      const [user] = (await m.query(
        `INSERT INTO users (email, name, password_hash, locale) VALUES ($1, $2, $3, 'id-ID') RETURNING id`,
        [person.email, person.name, passwordHash],
      )) as { id: string }[];
      ownerId ??= user!.id;
      await m.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)`, [org!.id, user!.id, person.role]);
    }
    const eventIds: string[] = [];
    for (const event of EVENTS) {
      const timeZone = event.start.endsWith('+08:00') ? 'Asia/Makassar' : 'Asia/Jakarta';
      const [row] = (await m.query(
        `INSERT INTO events (organization_id, name, kind, status, start_at, end_at, time_zone, venue, client, currency, notes, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'IDR', $10, $11) RETURNING id`,
        [org!.id, event.name, event.kind, event.status, at(event.start), at(event.end), timeZone, event.venue, event.client, event.notes, ownerId],
      )) as { id: string }[];
      eventIds.push(row!.id);
    }
    return { orgId: org!.id, ownerId: ownerId!, concertId: eventIds[0]! };
  });
  try {
    await seedConcert(app, ids, at);
  } catch (error) {
    // All or nothing: a half-seeded demo would be skipped by every later boot.
    await db.query(`DELETE FROM organizations WHERE id = $1`, [ids.orgId]);
    await db.query(`DELETE FROM users WHERE email = ANY($1::text[])`, [PEOPLE.map((p) => p.email)]);
    throw error;
  }
  return true;
}

/**
 * The concert's budget, spending, vendors, schedule and run of show, written through the services;
 * `at` moves a written date to the seeding day's calendar.
 */
async function seedConcert(app: INestApplication, ids: { orgId: string; ownerId: string; concertId: string }, at: (written: string) => string): Promise<void> {
  const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });
  const db = get(DataSource);
  const userId = async (email: string) => ((await db.query(`SELECT id FROM users WHERE email = $1`, [email])) as { id: string }[])[0]!.id;
  const contextOf = (actorId: string, role: OrgContext['org']['role']): OrgContext => ({
    requestId: 'demo-seed',
    ip: '127.0.0.1',
    userAgent: null,
    actor: { userId: actorId, via: 'session', sessionId: null },
    org: { id: ids.orgId, role },
  });
  const ctx = contextOf(ids.ownerId, 'owner');
  const people = { dimas: await userId('dimas@rundown.id'), sari: await userId('sari@rundown.id'), agus: await userId('agus@rundown.id') };
  const event = ids.concertId;

  // Budget: the lines, a baseline the client approved, then one change since.
  const ppn = await get(FringesService).create(ctx, { kind: 'percent', name: 'PPN 11%', basisPoints: 1100 });
  const { rows } = importLinesSchema.parse({ rows: BUDGET_LINES.map(({ taxed, ...line }) => ({ ...line, fringes: taxed ? [ppn.name] : [] })) });
  await get(BudgetImportService).import(ctx, event, rows, undefined);
  const lines = (await get(BudgetsService).listLines(ctx, event, { limit: 200 })).items;
  const line = (description: string) => lines.find((l) => l.description.startsWith(description))!;
  await get(BaselinesService).create(ctx, event, 'Disetujui klien v1');
  const led = line('LED P3.9');
  await get(BudgetsService).updateLine(ctx, event, led.id, led.version, { quantity: '72', notes: 'Klien minta layar samping tambahan' });

  // Spending: above IDR 50 juta an item waits for a second person (Dimas approves what Rina submits).
  await db.query(`UPDATE organizations SET approval_threshold = 50000000 WHERE id = $1`, [ids.orgId]);
  const spend = get(SpendService);
  const manager = contextOf(people.dimas, 'manager');
  for (const c of COMMITMENTS) {
    const created = await spend.createCommitment(ctx, event, { lineId: line(c.line).id, vendor: c.vendor, description: c.description, issuedOn: at(c.on), amount: c.amount, currency: 'IDR', exchangeRate: '1' });
    if (c.approved && created.status === 'pending') await spend.decideCommitment(manager, event, created.id, 'approve');
  }
  for (const e of EXPENSES) {
    const created = await spend.createExpense(ctx, event, { lineId: line(e.line).id, payee: e.payee, description: e.description, reference: e.reference, spentOn: at(e.on), amount: e.amount, currency: 'IDR', exchangeRate: '1' });
    if (e.state !== 'submitted' && created.status === 'submitted') await spend.decideExpense(manager, event, created.id, 'approve');
    if (e.state === 'paid') await spend.decideExpense(manager, event, created.id, 'pay');
  }

  // Vendors: the sound company has a login; the others are in the directory.
  const vendors = get(VendorsService);
  const sound = await vendors.create(ctx, {
    name: 'PT Suara Jaya Audio', category: 'av_rental', taxId: '01.234.567.8-901.000', contacts: [{ name: 'Hendra', role: 'Project manager', phone: '+62 812 3456 7890' }],
  });
  for (const vendor of OTHER_VENDORS) await vendors.create(ctx, vendor);
  await db.query(
    `INSERT INTO vendor_users (vendor_id, user_id, organization_id) SELECT $1, id, $2 FROM users WHERE email = 'vendor@suarajaya.co.id'`,
    [sound.id, ids.orgId],
  );

  // Schedule: phases with their tasks and milestones, dependencies, a baseline, then a slip.
  const tasks = get(TasksService);
  const byTitle = new Map<string, { id: string }>();
  let phaseId: string | null = null;
  for (const { vendor: forVendor, checklist = [], assignees = [], ...task } of SCHEDULE) {
    const created = await tasks.create(ctx, event, {
      ...task,
      startAt: at(task.startAt),
      endAt: at(task.endAt),
      parentId: task.kind === 'phase' ? null : phaseId,
      checklist: checklist.map((title) => ({ title, done: task.status === 'done' })),
      assigneeIds: assignees.map((who) => people[who]),
      vendorId: forVendor ? sound.id : null,
    });
    if (task.kind === 'phase') phaseId = created.id;
    byTitle.set(task.title, created);
  }
  for (const [from, to, type, lagMinutes] of DEPENDENCIES) {
    await get(DependenciesService).create(ctx, event, { predecessorId: byTitle.get(from)!.id, successorId: byTitle.get(to)!.id, type, lagMinutes });
  }
  await get(ScheduleBaselinesService).create(ctx, event, 'Rencana awal');
  await get(ScheduleService).move(ctx, event, byTitle.get('Desain panggung & visual LED')!.id, { startAt: at('2026-11-27T09:00:00+07:00'), preview: false });

  const rundown = get(RundownService);
  const showDay = at('2026-12-19');
  await rundown.setDay(ctx, event, showDay, null, at('2026-12-19T19:00:00+07:00'));
  // The stage manager's cues are Dimas's: they show in his calendar feed.
  for (const cue of CUES) {
    await rundown.addCue(ctx, event, showDay, { ...cue, assigneeId: cue.owner === 'Stage manager' ? people.dimas : null });
  }

  await seedPlacesAndPermits(app, ctx, event, at);
}

/**
 * Istora Senayan with its spaces and the load-in and load-out windows, the warehouse and the
 * basecamp hotel; the concert's permits in the states such a plan is in 17 days out. The act is
 * international, so the crowd permit needed filing 30 days ahead (PP 60/2017): its apply-by
 * date has already passed, and the app says so.
 */
async function seedPlacesAndPermits(app: INestApplication, ctx: OrgContext, event: string, at: (written: string) => string): Promise<void> {
  const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });
  const current = await get(EventsService).get(ctx, event);
  await get(EventsService).update(ctx, event, current.version, { scale: 'international', expectedAttendance: 7000 });

  const locations = get(LocationsService);
  const istora = await locations.create(ctx, {
    name: 'Istora Senayan', kind: 'venue', address: 'Jl. Pintu Satu Senayan, Gelora', city: 'Jakarta Pusat', province: 'dki_jakarta', postalCode: '10270',
    latitude: -6.2189, longitude: 106.8023, capacity: 7000,
    contacts: [{ name: 'Bagian Penyewaan GBK', role: 'Venue booking' }],
    loadingDockNotes: 'Loading dock B lewat Gate 5; truk maks. 10 ton, tinggi maks. 4,2 m. Bongkar muat hanya dalam jendela load-in.',
    parkingNotes: 'Parkir kru di Parkir Timur Senayan; kendaraan produksi pakai stiker akses.',
    accessNotes: 'Kru masuk lewat pintu artis sisi barat; ID card wajib mulai load-in.',
    powerNotes: 'Panel 3 fase 400 A di sisi panggung kiri; genset cadangan disediakan vendor.',
    hospital: { name: 'RSAL Dr. Mintohardjo', address: 'Jl. Bendungan Hilir No. 17, Jakarta Pusat', phone: null, url: null },
    spaces: [
      { name: 'Arena utama', capacity: 7000, notes: null },
      { name: 'Backstage & ruang artis', capacity: 80, notes: null },
      { name: 'Loading dock B', capacity: null, notes: null },
    ],
  });
  const warehouse = await locations.create(ctx, {
    name: 'Gudang Senja Cakung', kind: 'warehouse', address: 'Jl. Raya Cakung Cilincing Km 2', city: 'Jakarta Timur', province: 'dki_jakarta', postalCode: '13910',
    loadingDockNotes: 'Dua pintu rolling door; forklift 3 ton tersedia 07.00–19.00.',
    spaces: [{ name: 'Bay 1', capacity: null, notes: null }],
  });
  const hotel = await locations.create(ctx, {
    name: 'Hotel Atlet Century Park', kind: 'hotel', address: 'Jl. Pintu Satu Senayan', city: 'Jakarta Pusat', province: 'dki_jakarta', postalCode: '10270',
    parkingNotes: 'Parkir basement untuk dua mobil produksi.', notes: 'Basecamp kru dan artis; ruang rapat lantai 2.',
    spaces: [{ name: 'Ruang rapat Garuda', capacity: 40, notes: null }],
  });
  const space = (location: { spaces: { id: string; name: string }[] }, name: string) => location.spaces.find((s) => s.name === name)!.id;

  const places = get(EventPlacesService);
  const arena = await places.create(ctx, event, {
    locationId: istora.id, spaceId: space(istora, 'Arena utama'), role: 'main_venue', holdStatus: 'confirmed',
    startAt: at('2026-12-17T06:00:00+07:00'), endAt: at('2026-12-20T08:00:00+07:00'),
    loadIn: { startAt: at('2026-12-17T08:00:00+07:00'), endAt: at('2026-12-17T22:00:00+07:00') },
    loadOut: { startAt: at('2026-12-19T23:00:00+07:00'), endAt: at('2026-12-20T05:00:00+07:00') },
    notes: 'Sewa termasuk listrik 400 A dan kebersihan.',
  });
  await places.create(ctx, event, {
    locationId: istora.id, spaceId: space(istora, 'Backstage & ruang artis'), role: 'holding', holdStatus: 'confirmed',
    startAt: at('2026-12-18T08:00:00+07:00'), endAt: at('2026-12-20T06:00:00+07:00'),
  });
  await places.create(ctx, event, {
    locationId: warehouse.id, spaceId: space(warehouse, 'Bay 1'), role: 'warehouse', holdStatus: 'confirmed',
    startAt: at('2026-12-10T07:00:00+07:00'), endAt: at('2026-12-22T19:00:00+07:00'),
    loadOut: { startAt: at('2026-12-17T06:00:00+07:00'), endAt: at('2026-12-17T09:00:00+07:00') },
  });
  await places.create(ctx, event, {
    locationId: hotel.id, spaceId: space(hotel, 'Ruang rapat Garuda'), role: 'basecamp', holdStatus: 'tentative',
    startAt: at('2026-12-16T14:00:00+07:00'), endAt: at('2026-12-20T12:00:00+07:00'), notes: 'Menunggu konfirmasi jumlah kamar dari manajemen artis.',
  });

  const permits = get(PermitsService);
  const types = (await permits.listTypes(ctx)).items;
  const type = (code: string) => types.find((t) => t.code === code)!.id;
  const add = (code: string, more: Omit<CreatePermitInput, 'typeId' | 'status'> & { status?: CreatePermitInput['status'] } = {}) =>
    permits.create(ctx, event, { status: 'not_started', ...more, typeId: type(code) });
  await add('crowd', {
    status: 'preparing', placeId: arena.id, issuer: 'Mabes Polri (Baintelkam)',
    notes: 'Artis utama dari luar negeri: skala internasional, berkas ke Mabes Polri. Rekomendasi Polda Metro Jaya sudah diminta.',
  });
  await add('venue', { status: 'approved', placeId: arena.id, issuer: 'PPK GBK', number: 'GBK/SWA/2026/1187', submittedOn: at('2026-11-10'), approvedOn: at('2026-11-24') });
  await add('fire_safety', { status: 'submitted', placeId: arena.id, issuer: 'Sudin Gulkarmat Jakarta Pusat', submittedOn: at('2026-11-30') });
  await add('health', { issuer: 'Sudinkes Jakarta Pusat', notes: 'Perlu surat kerja sama ambulans.' });
  await add('foreign_talent', { status: 'submitted', issuer: 'Ditjen Imigrasi', submittedOn: at('2026-11-20') });
  await add('dpmptsp', { status: 'preparing', issuer: 'DPMPTSP DKI Jakarta' });
}

type DemoLine = {
  category: string;
  accountCode: string;
  description: string;
  vendor?: string;
  quantity: string;
  unit: 'day' | 'lot' | 'item' | 'flat' | 'person';
  rate: string;
  multiplier?: string;
  currency?: string;
  exchangeRate?: string;
  notes?: string;
  taxed: boolean;
};

const BUDGET_LINES: DemoLine[] = [
  { category: 'Venue & Lokasi', accountCode: '1010', description: 'Sewa Istora Senayan (1 hari + H-1 gladi)', vendor: 'PPK GBK', quantity: '2', unit: 'day', rate: '85000000', taxed: true },
  { category: 'Venue & Lokasi', accountCode: '1020', description: 'Genset 500 kVA cadangan', vendor: 'CV Daya Prima', quantity: '3', unit: 'day', rate: '9500000', taxed: true },
  { category: 'Venue & Lokasi', accountCode: '1030', description: 'Kebersihan venue sebelum & sesudah acara', quantity: '1', unit: 'lot', rate: '12000000', taxed: true },
  { category: 'Panggung & Set', accountCode: '2010', description: 'Panggung utama 16 x 12 m + wings', vendor: 'Rangka Stage', quantity: '1', unit: 'lot', rate: '145000000', taxed: true },
  { category: 'Panggung & Set', accountCode: '2020', description: 'Rigging & ground support truss', vendor: 'Rangka Stage', quantity: '1', unit: 'lot', rate: '38000000', taxed: true },
  { category: 'Panggung & Set', accountCode: '2030', description: 'Barikade penonton (meter)', vendor: 'Rangka Stage', quantity: '120', unit: 'item', rate: '85000', taxed: true },
  { category: 'Tata Suara', accountCode: '3010', description: 'Line array L-Acoustics K2, 24 box', vendor: 'PT Suara Jaya Audio', quantity: '2', unit: 'day', rate: '42000000', taxed: true },
  { category: 'Tata Suara', accountCode: '3020', description: 'Monitor panggung & in-ear', vendor: 'PT Suara Jaya Audio', quantity: '2', unit: 'day', rate: '14500000', taxed: true },
  { category: 'Tata Suara', accountCode: '3030', description: 'Operator FOH & monitor', vendor: 'PT Suara Jaya Audio', quantity: '2', unit: 'person', rate: '2500000', multiplier: '3', taxed: false },
  { category: 'Tata Cahaya', accountCode: '4010', description: 'Moving head & wash, paket konser', vendor: 'Lumina Lighting', quantity: '2', unit: 'day', rate: '38500000', taxed: true },
  { category: 'Tata Cahaya', accountCode: '4020', description: 'Follow spot dengan operator', vendor: 'Lumina Lighting', quantity: '4', unit: 'item', rate: '1750000', multiplier: '2', taxed: true },
  { category: 'Video / LED', accountCode: '5010', description: 'LED P3.9 outdoor (m²)', vendor: 'Visual Nusantara', quantity: '60', unit: 'item', rate: '450000', multiplier: '2', taxed: true },
  { category: 'Video / LED', accountCode: '5020', description: 'Kamera IMAG 3 unit + switcher', vendor: 'Visual Nusantara', quantity: '1', unit: 'lot', rate: '27000000', taxed: true },
  { category: 'Talenta & Artis', accountCode: '6010', description: 'Honor artis utama', quantity: '1', unit: 'flat', rate: '350000000', taxed: false },
  { category: 'Talenta & Artis', accountCode: '6020', description: 'Bintang tamu internasional', quantity: '1', unit: 'flat', rate: '1200000', currency: 'USD', exchangeRate: '15850', notes: 'Kontrak dalam USD, kurs dikunci 15.850', taxed: false },
  { category: 'Talenta & Artis', accountCode: '6030', description: 'Hotel & tiket pesawat artis', quantity: '1', unit: 'lot', rate: '48000000', taxed: true },
  { category: 'Kru', accountCode: '7010', description: 'Kru panggung (stagehand)', quantity: '24', unit: 'person', rate: '750000', multiplier: '3', taxed: false },
  { category: 'Kru', accountCode: '7020', description: 'Stage manager & asisten', quantity: '2', unit: 'person', rate: '3500000', multiplier: '4', taxed: false },
  { category: 'Kru', accountCode: '7030', description: 'Petugas keamanan', vendor: 'Garda Satria Security', quantity: '60', unit: 'person', rate: '350000', multiplier: '2', taxed: true },
  { category: 'Konsumsi', accountCode: '8010', description: 'Nasi kotak kru & artis', vendor: 'Dapur Bu Ratna', quantity: '180', unit: 'item', rate: '45000', multiplier: '3', taxed: true },
  { category: 'Konsumsi', accountCode: '8020', description: 'Katering backstage artis', vendor: 'Dapur Bu Ratna', quantity: '1', unit: 'lot', rate: '9500000', taxed: true },
  { category: 'Transportasi & Logistik', accountCode: '9010', description: 'Truk 10 ton bongkar muat', quantity: '4', unit: 'item', rate: '3500000', multiplier: '2', taxed: true },
  { category: 'Transportasi & Logistik', accountCode: '9020', description: 'Mobil operasional dengan sopir', quantity: '3', unit: 'item', rate: '950000', multiplier: '4', taxed: true },
  { category: 'Perizinan & Asuransi', accountCode: '9510', description: 'Izin keramaian Polda Metro Jaya', quantity: '1', unit: 'flat', rate: '15000000', taxed: false },
  { category: 'Perizinan & Asuransi', accountCode: '9520', description: 'Asuransi public liability', quantity: '1', unit: 'flat', rate: '22000000', taxed: false },
  { category: 'Pemasaran', accountCode: '9610', description: 'Iklan media sosial', quantity: '1', unit: 'flat', rate: '60000000', taxed: true },
  { category: 'Pemasaran', accountCode: '9620', description: 'Cetak poster & spanduk', quantity: '1', unit: 'lot', rate: '7500000', taxed: true },
  { category: 'Dana Cadangan', accountCode: '9900', description: 'Kontinjensi 5%', quantity: '1', unit: 'flat', rate: '60000000', taxed: false },
];

/** Commitments (purchase orders); `approved` ones are signed off by the manager. */
const COMMITMENTS = [
  { line: 'Sewa Istora', vendor: 'PPK GBK', description: 'DP sewa venue 50%', on: '2026-10-15', amount: '94350000', approved: true },
  { line: 'Panggung utama', vendor: 'Rangka Stage', description: 'PO panggung & wings', on: '2026-11-02', amount: '160950000', approved: true },
  { line: 'Line array', vendor: 'PT Suara Jaya Audio', description: 'PO sound system 2 hari', on: '2026-11-20', amount: '93240000', approved: false },
  { line: 'Honor artis utama', vendor: 'Manajemen artis', description: 'DP honor 50%', on: '2026-10-01', amount: '175000000', approved: true },
  { line: 'Nasi kotak', vendor: 'Dapur Bu Ratna', description: 'Pesanan 540 kotak', on: '2026-11-25', amount: '26973000', approved: true },
];

/** Expenses: submitted (above the threshold they wait for approval), approved, or approved and paid. */
const EXPENSES = [
  { line: 'Sewa Istora', payee: 'PPK GBK', description: 'Pembayaran DP venue', reference: 'INV/GBK/2026/1187', on: '2026-10-20', amount: '94350000', state: 'paid' },
  { line: 'Honor artis utama', payee: 'Manajemen artis', description: 'DP honor 50%', reference: 'KW-0921', on: '2026-10-05', amount: '175000000', state: 'paid' },
  { line: 'Panggung utama', payee: 'Rangka Stage', description: 'Termin 1 panggung', reference: 'RS/INV/311', on: '2026-11-10', amount: '80000000', state: 'approved' },
  { line: 'Iklan media sosial', payee: 'Meta Platforms', description: 'Kampanye iklan media sosial', reference: 'FB-ADS-1125', on: '2026-11-28', amount: '71040000', state: 'paid' },
  { line: 'Izin keramaian', payee: 'Polda Metro Jaya', description: 'Biaya izin keramaian', reference: null, on: '2026-11-18', amount: '15000000', state: 'paid' },
  { line: 'Cetak poster', payee: 'Percetakan Mitra', description: 'Cetak 500 poster A2', reference: 'PM-2211', on: '2026-11-30', amount: '4250000', state: 'approved' },
  { line: 'Panggung utama', payee: 'Rangka Stage', description: 'Termin 2 panggung', reference: 'RS/INV/342', on: '2026-12-01', amount: '80950000', state: 'submitted' },
];

const OTHER_VENDORS: CreateVendorInput[] = [
  { name: 'Rangka Stage', category: 'stage', taxId: null, contacts: [{ name: 'Yusuf', role: 'Site manager', phone: '+62 813 1111 2020' }] },
  { name: 'Lumina Lighting', category: 'av_rental', taxId: null, contacts: [{ name: 'Maya', role: 'Lighting designer', phone: '+62 811 9090 3131' }] },
  { name: 'Dapur Bu Ratna', category: 'catering', taxId: null, contacts: [{ name: 'Ratna', role: 'Pemilik', phone: '+62 857 4000 1212' }] },
  { name: 'Garda Satria Security', category: 'security', taxId: null, contacts: [] },
];

type DemoTask = {
  kind: 'phase' | 'task' | 'milestone';
  title: string;
  startAt: string;
  endAt: string;
  status?: 'todo' | 'in_progress' | 'blocked' | 'done';
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  location?: string;
  description?: string;
  vendor?: boolean;
  assignees?: ('dimas' | 'sari' | 'agus')[];
  checklist?: string[];
};

/** In order: each phase is followed by its own tasks and milestones. */
const SCHEDULE: DemoTask[] = [
  { kind: 'phase', title: 'Pra-produksi', startAt: '2026-11-23T09:00:00+07:00', endAt: '2026-12-12T17:00:00+07:00' },
  { kind: 'milestone', title: 'Kontrak venue ditandatangani', startAt: '2026-11-24T10:00:00+07:00', endAt: '2026-11-24T10:00:00+07:00', status: 'done' },
  { kind: 'task', title: 'Finalisasi rider teknis artis', startAt: '2026-11-23T09:00:00+07:00', endAt: '2026-11-27T17:00:00+07:00', status: 'done', assignees: ['dimas'] },
  {
    kind: 'task', title: 'Desain panggung & visual LED', startAt: '2026-11-26T09:00:00+07:00', endAt: '2026-12-04T17:00:00+07:00', status: 'in_progress', assignees: ['sari'],
    checklist: ['Layout panggung disetujui klien', 'Render 3D', 'Konten visual LED set A'],
  },
  { kind: 'task', title: 'Pengajuan izin keramaian', startAt: '2026-11-27T09:00:00+07:00', endAt: '2026-12-10T17:00:00+07:00', status: 'in_progress', priority: 'high', assignees: ['sari'] },
  { kind: 'task', title: 'Cetak & pasang materi promosi', startAt: '2026-12-05T09:00:00+07:00', endAt: '2026-12-11T17:00:00+07:00', status: 'blocked', priority: 'high', description: 'Menunggu persetujuan desain poster dari klien.' },
  { kind: 'task', title: 'Rekrut & briefing kru', startAt: '2026-12-07T09:00:00+07:00', endAt: '2026-12-12T17:00:00+07:00', assignees: ['agus'] },
  { kind: 'phase', title: 'Produksi', startAt: '2026-12-17T08:00:00+07:00', endAt: '2026-12-18T22:00:00+07:00' },
  { kind: 'task', title: 'Load-in & bangun panggung', startAt: '2026-12-17T08:00:00+07:00', endAt: '2026-12-17T22:00:00+07:00', location: 'Istora Senayan', priority: 'urgent', assignees: ['dimas', 'agus'] },
  {
    kind: 'task', title: 'Pasang sound system', startAt: '2026-12-18T08:00:00+07:00', endAt: '2026-12-18T14:00:00+07:00', vendor: true, location: 'Loading dock B',
    description: 'Sistem terpasang dan siap line check sebelum pukul 14.00. Akses loading dock lewat Gate 5.',
    checklist: ['Line array L-Acoustics K2 (24 box)', 'Subwoofer KS28 (12 unit)', 'Mixer FOH DiGiCo SD7', 'Power distro 3 fase'],
  },
  { kind: 'task', title: 'Pasang lighting & LED', startAt: '2026-12-18T09:00:00+07:00', endAt: '2026-12-18T15:00:00+07:00', location: 'Panggung utama' },
  {
    kind: 'task', title: 'Sound check', startAt: '2026-12-18T15:00:00+07:00', endAt: '2026-12-18T18:00:00+07:00', vendor: true, location: 'Panggung utama',
    checklist: ['Line check semua channel', 'Tuning sistem', 'Soundcheck band utama'],
  },
  { kind: 'task', title: 'Gladi bersih', startAt: '2026-12-18T19:00:00+07:00', endAt: '2026-12-18T22:00:00+07:00', location: 'Panggung utama', assignees: ['dimas'] },
  { kind: 'phase', title: 'Hari H', startAt: '2026-12-19T15:00:00+07:00', endAt: '2026-12-20T05:00:00+07:00' },
  { kind: 'milestone', title: 'Open gate', startAt: '2026-12-19T18:00:00+07:00', endAt: '2026-12-19T18:00:00+07:00' },
  { kind: 'task', title: 'Konser', startAt: '2026-12-19T19:00:00+07:00', endAt: '2026-12-19T23:00:00+07:00', location: 'Istora Senayan', priority: 'urgent' },
  { kind: 'task', title: 'Load-out sound system', startAt: '2026-12-19T23:00:00+07:00', endAt: '2026-12-20T05:00:00+07:00', vendor: true, location: 'Loading dock B' },
  { kind: 'phase', title: 'Pasca-acara', startAt: '2026-12-21T09:00:00+07:00', endAt: '2027-01-08T17:00:00+07:00' },
  { kind: 'task', title: 'Rekonsiliasi tagihan vendor', startAt: '2026-12-21T09:00:00+07:00', endAt: '2026-12-30T17:00:00+07:00', assignees: ['dimas'] },
  { kind: 'task', title: 'Laporan akhir ke klien', startAt: '2027-01-04T09:00:00+07:00', endAt: '2027-01-08T17:00:00+07:00', assignees: ['dimas', 'sari'] },
];

/** Predecessor, successor, type and lag in minutes. */
const DEPENDENCIES: [string, string, 'FS' | 'SS' | 'FF' | 'SF', number][] = [
  ['Finalisasi rider teknis artis', 'Desain panggung & visual LED', 'SS', 3 * 24 * 60],
  ['Desain panggung & visual LED', 'Cetak & pasang materi promosi', 'FS', 0],
  ['Desain panggung & visual LED', 'Load-in & bangun panggung', 'FS', 0],
  ['Pengajuan izin keramaian', 'Load-in & bangun panggung', 'FS', 0],
  ['Rekrut & briefing kru', 'Load-in & bangun panggung', 'FS', 0],
  ['Load-in & bangun panggung', 'Pasang sound system', 'FS', 0],
  ['Pasang sound system', 'Pasang lighting & LED', 'SS', 60],
  ['Pasang sound system', 'Sound check', 'FS', 60],
  ['Pasang lighting & LED', 'Gladi bersih', 'FS', 0],
  ['Sound check', 'Gladi bersih', 'FS', 60],
  ['Gladi bersih', 'Open gate', 'FS', 0],
  ['Open gate', 'Konser', 'FS', 60],
  ['Konser', 'Load-out sound system', 'FS', 0],
  ['Load-out sound system', 'Rekonsiliasi tagihan vendor', 'FS', 0],
  ['Rekonsiliasi tagihan vendor', 'Laporan akhir ke klien', 'FS', 4 * 24 * 60],
];

const CUES = [
  { title: 'Pintu dibuka', durationSeconds: 3600, owner: 'FOH manager', lights: 'House lights 100%' },
  { title: 'Opening act', durationSeconds: 1800, owner: 'Stage manager', audio: 'Playback intro' },
  { title: 'MC pembuka', durationSeconds: 300, owner: 'MC', lights: 'Spot MC' },
  { title: 'Penampilan utama', durationSeconds: 5400, owner: 'Stage manager', video: 'LED visual set A' },
  { title: 'Encore', durationSeconds: 900, owner: 'Stage manager' },
  { title: 'Penutupan', durationSeconds: 300, owner: 'MC', lights: 'House lights fade in' },
];

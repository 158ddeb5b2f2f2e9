import type { INestApplication } from '@nestjs/common';
import { importLinesSchema } from '@rundown/domain';
import { DataSource } from 'typeorm';
import type { OrgContext } from '../../common/request-context.js';
import { hashPassword } from '../../modules/auth/password-hasher.js';
import { BudgetImportService } from '../../modules/budgets/budget-import.service.js';
import { BudgetsService } from '../../modules/budgets/budgets.service.js';
import { FringesService } from '../../modules/budgets/fringes.service.js';
import { SpendService } from '../../modules/budgets/spend.service.js';
import { RundownService } from '../../modules/rundown/rundown.service.js';
import { TasksService } from '../../modules/timeline/tasks.service.js';
import { VendorsService } from '../../modules/vendors/vendors.service.js';

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
    name: 'Konser Senja di Jakarta 2026',
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

/** Seeds the demo organization once; later boots find it and leave it alone. */
export async function seedDemo(app: INestApplication): Promise<boolean> {
  const db = app.get(DataSource);
  const existing = (await db.query(`SELECT 1 FROM users WHERE email = $1`, [DEMO_LOGIN.email])) as unknown[];
  if (existing.length > 0) return true;
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
        [org!.id, event.name, event.kind, event.status, event.start, event.end, timeZone, event.venue, event.client, event.notes, ownerId],
      )) as { id: string }[];
      eventIds.push(row!.id);
    }
    return { orgId: org!.id, ownerId: ownerId!, concertId: eventIds[0]! };
  });
  await seedConcert(app, ids);
  return true;
}

/** The concert's budget, vendor, schedule and run of show, written through the services. */
async function seedConcert(app: INestApplication, ids: { orgId: string; ownerId: string; concertId: string }): Promise<void> {
  const ctx: OrgContext = {
    requestId: 'demo-seed',
    ip: '127.0.0.1',
    userAgent: null,
    actor: { userId: ids.ownerId, via: 'session', sessionId: null },
    org: { id: ids.orgId, role: 'owner' },
  };
  const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });

  const ppn = await get(FringesService).create(ctx, { kind: 'percent', name: 'PPN 11%', basisPoints: 1100 });
  const { rows } = importLinesSchema.parse({ rows: BUDGET_LINES.map(({ taxed, ...line }) => ({ ...line, fringes: taxed ? [ppn.name] : [] })) });
  await get(BudgetImportService).import(ctx, ids.concertId, rows, undefined);
  const firstLine = (await get(BudgetsService).listLines(ctx, ids.concertId, { limit: 1 })).items[0]!;
  await get(SpendService).createCommitment(ctx, ids.concertId, {
    lineId: firstLine.id, vendor: 'Istora Senayan (PPK GBK)', description: 'DP sewa venue 50%', issuedOn: '2026-10-15', amount: '85000000', currency: 'IDR', exchangeRate: '1',
  });
  await get(SpendService).createExpense(ctx, ids.concertId, {
    lineId: firstLine.id, payee: 'PPK GBK', description: 'Pembayaran DP', reference: 'INV/GBK/2026/1187', spentOn: '2026-10-20', amount: '85000000', currency: 'IDR', exchangeRate: '1',
  });

  const vendor = await get(VendorsService).create(ctx, {
    name: 'PT Suara Jaya Audio', category: 'av_rental', taxId: '01.234.567.8-901.000', contacts: [{ name: 'Hendra', role: 'Project manager', phone: '+62 812 3456 7890' }],
  });
  const db = get(DataSource);
  await db.query(
    `INSERT INTO vendor_users (vendor_id, user_id, organization_id) SELECT $1, id, $2 FROM users WHERE email = 'vendor@suarajaya.co.id'`,
    [vendor.id, ids.orgId],
  );

  const tasks = get(TasksService);
  const created = [];
  for (const { vendor: forVendor, checklist = [], ...task } of SCHEDULE) {
    const items = checklist.map((title) => ({ title, done: false }));
    created.push(await tasks.create(ctx, ids.concertId, { ...task, checklist: items, vendorId: forVendor ? vendor.id : null }));
  }
  for (let i = 1; i < created.length; i++) {
    await tasks.createDependency(ctx, ids.concertId, { predecessorId: created[i - 1]!.id, successorId: created[i]!.id, type: 'FS', lagMinutes: 0 });
  }

  const rundown = get(RundownService);
  await rundown.setDay(ctx, ids.concertId, '2026-12-19', '2026-12-19T19:00:00+07:00');
  // The stage manager's cues are Dimas's: they show in his calendar feed.
  const [dimas] = (await db.query(`SELECT id FROM users WHERE email = 'dimas@rundown.id'`)) as { id: string }[];
  for (const cue of CUES) {
    await rundown.addCue(ctx, ids.concertId, '2026-12-19', { ...cue, assigneeId: cue.owner === 'Stage manager' ? dimas!.id : null });
  }
}

const BUDGET_LINES = [
  { category: 'Venue & Lokasi', description: 'Sewa Istora Senayan (1 hari + H-1 gladi)', quantity: '2', unit: 'day' as const, rate: '85000000', taxed: true },
  { category: 'Panggung & Set', description: 'Panggung utama 16 x 12 m + wings', quantity: '1', unit: 'lot' as const, rate: '145000000', taxed: true },
  { category: 'Tata Suara', description: 'Line array L-Acoustics K2, 24 box', quantity: '2', unit: 'day' as const, rate: '42000000', taxed: true },
  { category: 'Tata Cahaya', description: 'Moving head & wash, paket konser', quantity: '2', unit: 'day' as const, rate: '38500000', taxed: true },
  { category: 'Video / LED', description: 'LED P3.9 outdoor 60 m²', quantity: '60', unit: 'item' as const, rate: '450000', taxed: true },
  { category: 'Talenta & Artis', description: 'Honor artis utama', quantity: '1', unit: 'flat' as const, rate: '350000000', taxed: false },
  { category: 'Kru', description: 'Kru panggung (stagehand)', quantity: '24', unit: 'person' as const, rate: '750000', taxed: false },
  { category: 'Konsumsi', description: 'Nasi kotak kru & artis', quantity: '180', unit: 'item' as const, rate: '45000', taxed: true },
  { category: 'Transportasi & Logistik', description: 'Truk 10 ton bongkar muat', quantity: '4', unit: 'item' as const, rate: '3500000', taxed: true },
  { category: 'Perizinan & Asuransi', description: 'Izin keramaian Polda Metro Jaya', quantity: '1', unit: 'flat' as const, rate: '15000000', taxed: false },
  { category: 'Pemasaran', description: 'Iklan media sosial', quantity: '1', unit: 'flat' as const, rate: '60000000', taxed: true },
  { category: 'Dana Cadangan', description: 'Kontinjensi 5%', quantity: '1', unit: 'flat' as const, rate: '60000000', taxed: false },
];

const SCHEDULE = [
  { title: 'Load-in & bangun panggung', startAt: '2026-12-17T08:00:00+07:00', endAt: '2026-12-17T22:00:00+07:00', vendor: false, location: 'Istora Senayan' },
  {
    title: 'Pasang sound system', startAt: '2026-12-18T08:00:00+07:00', endAt: '2026-12-18T14:00:00+07:00', vendor: true, location: 'Loading dock B',
    description: 'Sistem terpasang dan siap line check sebelum pukul 14.00. Akses loading dock lewat Gate 5.',
    checklist: ['Line array L-Acoustics K2 (24 box)', 'Subwoofer KS28 (12 unit)', 'Mixer FOH DiGiCo SD7', 'Power distro 3 fase'],
  },
  {
    title: 'Sound check', startAt: '2026-12-18T15:00:00+07:00', endAt: '2026-12-18T18:00:00+07:00', vendor: true, location: 'Panggung utama',
    checklist: ['Line check semua channel', 'Tuning sistem', 'Soundcheck band utama'],
  },
  { title: 'Gladi bersih', startAt: '2026-12-18T19:00:00+07:00', endAt: '2026-12-18T22:00:00+07:00', vendor: false, location: 'Panggung utama' },
  { title: 'Konser', startAt: '2026-12-19T19:00:00+07:00', endAt: '2026-12-19T23:00:00+07:00', vendor: false, location: 'Istora Senayan' },
];

const CUES = [
  { title: 'Pintu dibuka', durationSeconds: 3600, owner: 'FOH manager', lights: 'House lights 100%' },
  { title: 'Opening act', durationSeconds: 1800, owner: 'Stage manager', audio: 'Playback intro' },
  { title: 'MC pembuka', durationSeconds: 300, owner: 'MC', lights: 'Spot MC' },
  { title: 'Penampilan utama', durationSeconds: 5400, owner: 'Stage manager', video: 'LED visual set A' },
  { title: 'Encore', durationSeconds: 900, owner: 'Stage manager' },
  { title: 'Penutupan', durationSeconds: 300, owner: 'MC', lights: 'House lights fade in' },
];

import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/auth/password-hasher.js';

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
  await db.transaction(async (m) => {
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
    for (const event of EVENTS) {
      const timeZone = event.start.endsWith('+08:00') ? 'Asia/Makassar' : 'Asia/Jakarta';
      await m.query(
        `INSERT INTO events (organization_id, name, kind, status, start_at, end_at, time_zone, venue, client, currency, notes, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'IDR', $10, $11)`,
        [org!.id, event.name, event.kind, event.status, event.start, event.end, timeZone, event.venue, event.client, event.notes, ownerId],
      );
    }
  });
  return true;
}

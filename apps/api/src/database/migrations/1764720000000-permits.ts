import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from './tenant-policy.js';

/** The statutory source of the crowd-permit lead times (effective date: verify, see docs/decisions.md). */
const PP60 = 'PP 60/2017 Pasal 6';
const PP60_FROM = '2017-12-01';
const HOUSE = 'Rundown default (organization-editable)';

type Seed = {
  code: string;
  category: string;
  nameId: string;
  nameEn: string;
  issuer: string;
  documents: [string, string][];
  leads: { scale: string | null; days: number; statutory: number | null; from: string; source: string }[];
};

/** Permit types every organization starts with, in both languages (editable afterwards). */
const SEEDS: Seed[] = [
  {
    code: 'crowd', category: 'crowd', nameId: 'Izin keramaian (Polri)', nameEn: 'Crowd permit (police)',
    issuer: 'Polsek/Polres (lokal) · Polda (regional) · Mabes Polri (nasional/internasional)',
    documents: [
      ['Surat permohonan', 'Application letter'],
      ['Proposal acara', 'Event proposal'],
      ['Identitas penyelenggara', 'Organizer identity'],
      ['Izin tempat / persetujuan pengelola venue', 'Venue permit / venue owner consent'],
      ['Rekomendasi instansi terkait', 'Recommendations from related agencies'],
    ],
    leads: [
      { scale: 'local', days: 14, statutory: 14, from: PP60_FROM, source: PP60 },
      { scale: 'national', days: 21, statutory: 21, from: PP60_FROM, source: PP60 },
      { scale: 'international', days: 30, statutory: 30, from: PP60_FROM, source: PP60 },
    ],
  },
  {
    code: 'venue', category: 'venue', nameId: 'Izin penggunaan venue', nameEn: 'Venue use permit', issuer: 'Pengelola venue',
    documents: [['Surat permohonan sewa', 'Booking request'], ['Denah dan rencana produksi', 'Floor plan and production plan']],
    leads: [{ scale: null, days: 30, statutory: null, from: PP60_FROM, source: HOUSE }],
  },
  {
    code: 'dpmptsp', category: 'local_government', nameId: 'Izin penyelenggaraan kegiatan (DPMPTSP)', nameEn: 'Event licence (DPMPTSP one-stop service)',
    issuer: 'DPMPTSP kabupaten/kota',
    documents: [['Formulir permohonan', 'Application form'], ['NIB penyelenggara', 'Organizer business ID (NIB)']],
    leads: [{ scale: null, days: 14, statutory: null, from: PP60_FROM, source: HOUSE }],
  },
  {
    code: 'shooting', category: 'shooting', nameId: 'Izin syuting lokasi', nameEn: 'Location filming permit', issuer: 'Pemda / pengelola lokasi',
    documents: [['Sinopsis dan jadwal syuting', 'Synopsis and shooting schedule'], ['Daftar kru dan kendaraan', 'Crew and vehicle list']],
    leads: [{ scale: null, days: 14, statutory: null, from: PP60_FROM, source: HOUSE }],
  },
  {
    code: 'fire_safety', category: 'fire_safety', nameId: 'Rekomendasi keselamatan kebakaran', nameEn: 'Fire-safety recommendation', issuer: 'Dinas Pemadam Kebakaran',
    documents: [['Rencana evakuasi', 'Evacuation plan'], ['Daftar APAR dan jalur keluar', 'Extinguishers and exits list']],
    leads: [{ scale: null, days: 14, statutory: null, from: PP60_FROM, source: HOUSE }],
  },
  {
    code: 'health', category: 'health', nameId: 'Rekomendasi kesehatan dan P3K', nameEn: 'Health and first-aid recommendation', issuer: 'Dinas Kesehatan',
    documents: [['Rencana layanan medis', 'Medical service plan'], ['Kerja sama ambulans / rumah sakit', 'Ambulance / hospital agreement']],
    leads: [{ scale: null, days: 14, statutory: null, from: PP60_FROM, source: HOUSE }],
  },
  {
    code: 'foreign_talent', category: 'foreign_talent', nameId: 'Izin talenta asing (visa kerja / ITAS, rekomendasi)', nameEn: 'Foreign talent permits (work visa / ITAS, recommendation)',
    issuer: 'Ditjen Imigrasi / Kemenparekraf',
    documents: [['Paspor dan kontrak artis', 'Passport and artist contract'], ['Surat sponsor', 'Sponsor letter']],
    leads: [{ scale: null, days: 30, statutory: null, from: PP60_FROM, source: HOUSE }],
  },
];

const lit = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);

/**
 * Permits: the event's scale and expected attendance, permit types per organization with lead
 * times as dated rows (the statutory minimum travels with each row), and permits on events.
 * Apply-by dates are never stored: they are computed from the event's start in its zone.
 */
export class Permits1764720000000 implements MigrationInterface {
  name = 'Permits1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE events ADD COLUMN scale text CHECK (scale IN ('local', 'national', 'international')),
                         ADD COLUMN expected_attendance integer CHECK (expected_attendance >= 0);

      CREATE TABLE permit_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        code text NOT NULL,
        category text NOT NULL CHECK (category IN ('crowd', 'venue', 'local_government', 'shooting', 'fire_safety', 'health', 'foreign_talent', 'other')),
        name_id text NOT NULL,
        name_en text NOT NULL,
        issuer text NOT NULL,
        documents jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (organization_id, code)
      );

      CREATE TABLE permit_lead_times (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        permit_type_id uuid NOT NULL REFERENCES permit_types(id) ON DELETE CASCADE,
        scale text CHECK (scale IN ('local', 'national', 'international')),
        lead_days integer NOT NULL CHECK (lead_days >= 0),
        statutory_days integer CHECK (statutory_days >= 0),
        effective_from date NOT NULL,
        source text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        -- An organization may lengthen the law's lead time, never shorten it.
        CHECK (lead_days >= coalesce(statutory_days, 0))
      );
      CREATE INDEX permit_lead_times_type_idx ON permit_lead_times (permit_type_id, scale, effective_from DESC);

      CREATE TABLE permits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        permit_type_id uuid NOT NULL REFERENCES permit_types(id),
        event_place_id uuid REFERENCES event_places(id) ON DELETE SET NULL,
        issuer text,
        number text,
        status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'preparing', 'submitted', 'approved', 'rejected', 'expired')),
        submitted_on date,
        approved_on date,
        valid_from date,
        valid_until date,
        owner_id uuid REFERENCES users(id) ON DELETE SET NULL,
        budget_line_id uuid REFERENCES budget_lines(id) ON DELETE SET NULL,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
      );
      CREATE INDEX permits_org_idx ON permits (organization_id, status);
      CREATE INDEX permits_event_idx ON permits (event_id, id);

      GRANT SELECT, INSERT, UPDATE, DELETE ON permit_types, permit_lead_times, permits TO rundown_app;
    `);
    for (const table of ['permit_types', 'permit_lead_times', 'permits']) await tenantPolicy(q, table);

    // The starting set, inserted for the organization in scope the first time it needs them
    // (runs as the caller, under row-level security: it can only seed its own organization).
    const types = SEEDS.map(
      (s) => `(${lit(s.code)}, ${lit(s.category)}, ${lit(s.nameId)}, ${lit(s.nameEn)}, ${lit(s.issuer)}, ${lit(JSON.stringify(s.documents.map(([id, en]) => ({ id, en }))))}::jsonb)`,
    ).join(',\n          ');
    const leads = SEEDS.flatMap((s) => s.leads.map((l) => `(${lit(s.code)}, ${lit(l.scale)}, ${l.days}, ${l.statutory ?? 'NULL'}, DATE ${lit(l.from)}, ${lit(l.source)})`)).join(
      ',\n          ',
    );
    await q.query(`
      CREATE FUNCTION app_seed_permit_types() RETURNS void LANGUAGE sql VOLATILE SET search_path = public AS $$
        WITH inserted AS (
          INSERT INTO permit_types (organization_id, code, category, name_id, name_en, issuer, documents)
          SELECT app_org_id(), v.* FROM (VALUES
          ${types}
          ) AS v(code, category, name_id, name_en, issuer, documents)
          WHERE app_org_id() IS NOT NULL
          ON CONFLICT (organization_id, code) DO NOTHING
          RETURNING id, code
        )
        INSERT INTO permit_lead_times (organization_id, permit_type_id, scale, lead_days, statutory_days, effective_from, source)
        SELECT app_org_id(), i.id, l.scale, l.lead_days, l.statutory_days, l.effective_from, l.source
          FROM inserted i JOIN (VALUES
          ${leads}
          ) AS l(code, scale, lead_days, statutory_days, effective_from, source) ON l.code = i.code;
      $$;
      REVOKE ALL ON FUNCTION app_seed_permit_types() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_seed_permit_types() TO rundown_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION app_seed_permit_types();
      DROP TABLE permits, permit_lead_times, permit_types;
      ALTER TABLE events DROP COLUMN expected_attendance, DROP COLUMN scale;
    `);
  }
}

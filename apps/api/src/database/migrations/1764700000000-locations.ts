import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from './tenant-policy.js';

/**
 * The locations directory: places (venues, shoot locations, warehouses, offices, hotels,
 * basecamps) with their spaces. Search is a trigram index over name, address and city, so
 * `ILIKE '%…%'` stays an index scan at 10,000 places.
 */
export class Locations1764700000000 implements MigrationInterface {
  name = 'Locations1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE locations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('venue', 'shoot_location', 'warehouse', 'office', 'hotel', 'basecamp')),
        address text NOT NULL,
        city text,
        province text,
        postal_code text,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        time_zone text NOT NULL,
        capacity integer CHECK (capacity >= 0),
        contacts jsonb NOT NULL DEFAULT '[]',
        parking_notes text,
        access_notes text,
        loading_dock_notes text,
        power_notes text,
        notes text,
        hospital jsonb,
        search text GENERATED ALWAYS AS (lower(name || ' ' || address || ' ' || coalesce(city, ''))) STORED,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      );
      CREATE INDEX locations_org_name_idx ON locations (organization_id, lower(name), id);
      CREATE INDEX locations_org_city_idx ON locations (organization_id, lower(city));
      CREATE INDEX locations_search_idx ON locations USING gin (search gin_trgm_ops);

      CREATE TABLE location_spaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        location_id uuid NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
        name text NOT NULL,
        capacity integer CHECK (capacity >= 0),
        notes text,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX location_spaces_location_idx ON location_spaces (location_id, sort_order, id);

      GRANT SELECT, INSERT, UPDATE, DELETE ON locations, location_spaces TO rundown_app;
    `);
    await tenantPolicy(q, 'locations');
    await tenantPolicy(q, 'location_spaces');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE location_spaces, locations`);
  }
}

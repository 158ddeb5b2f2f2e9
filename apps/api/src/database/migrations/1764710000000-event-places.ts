import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from './tenant-policy.js';

/**
 * An event's places and holds. Two confirmed holds of one space that overlap are refused by
 * PostgreSQL itself (a GiST exclusion constraint over the space and the hold's tstzrange), so
 * no interleaving of requests can double-book. Load-in and load-out windows lie inside the hold.
 */
export class EventPlaces1764710000000 implements MigrationInterface {
  name = 'EventPlaces1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gist;
      ALTER TABLE locations ADD CONSTRAINT locations_id_org_key UNIQUE (id, organization_id);
      ALTER TABLE location_spaces ADD CONSTRAINT location_spaces_id_location_key UNIQUE (id, location_id);

      CREATE TABLE event_places (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        location_id uuid NOT NULL,
        space_id uuid,
        role text NOT NULL CHECK (role IN ('main_venue', 'shoot', 'holding', 'parking', 'basecamp', 'warehouse')),
        during tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
        load_in tstzrange CHECK (load_in <@ during),
        load_out tstzrange CHECK (load_out <@ during),
        hold_status text NOT NULL DEFAULT 'tentative' CHECK (hold_status IN ('tentative', 'confirmed', 'released')),
        hold_rank integer CHECK (hold_rank BETWEEN 1 AND 99),
        notes text,
        budget_line_id uuid REFERENCES budget_lines(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        -- The place belongs to the event's organization, and the space to the place.
        FOREIGN KEY (location_id, organization_id) REFERENCES locations(id, organization_id),
        FOREIGN KEY (space_id, location_id) REFERENCES location_spaces(id, location_id),
        CONSTRAINT event_places_no_double_booking EXCLUDE USING gist (space_id WITH =, during WITH &&) WHERE (hold_status = 'confirmed')
      );
      CREATE INDEX event_places_event_idx ON event_places (event_id, lower(during), id);
      CREATE INDEX event_places_location_idx ON event_places (location_id, lower(during), id);
      -- The competing-holds lookup (same space, overlapping, live).
      CREATE INDEX event_places_space_during_idx ON event_places USING gist (space_id, during) WHERE hold_status <> 'released';

      GRANT SELECT, INSERT, UPDATE, DELETE ON event_places TO rundown_app;
    `);
    await tenantPolicy(q, 'event_places');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE event_places;
      ALTER TABLE location_spaces DROP CONSTRAINT location_spaces_id_location_key;
      ALTER TABLE locations DROP CONSTRAINT locations_id_org_key;
    `);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cue can be assigned to a member (beside its free-text owner or department), so it shows
 * in that member's calendar; and a calendar feed can cover one event (its tasks and cues)
 * instead of the user's own assignments.
 */
export class CueAssigneesEventFeeds1764150000000 implements MigrationInterface {
  name = 'CueAssigneesEventFeeds1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE rundown_cues ADD COLUMN assignee_id uuid REFERENCES users(id) ON DELETE SET NULL;
      CREATE INDEX rundown_cues_assignee_idx ON rundown_cues (assignee_id) WHERE assignee_id IS NOT NULL;

      ALTER TABLE calendar_feeds
        ADD COLUMN organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
        ADD COLUMN event_id uuid REFERENCES events(id) ON DELETE CASCADE,
        ADD CONSTRAINT calendar_feeds_event_scope CHECK ((event_id IS NULL) = (organization_id IS NULL));
      CREATE INDEX calendar_feeds_event_idx ON calendar_feeds (event_id) WHERE event_id IS NOT NULL;
      -- An event feed is made in the event's tenant transaction, with its audit entry.
      GRANT INSERT ON calendar_feeds TO rundown_app;
      GRANT SELECT (id, created_at) ON calendar_feeds TO rundown_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // Without the event columns an event link would serve its creator's own feed: revoke them first.
    await q.query(`
      REVOKE INSERT, SELECT ON calendar_feeds FROM rundown_app;
      UPDATE calendar_feeds SET revoked_at = now() WHERE event_id IS NOT NULL AND revoked_at IS NULL;
      ALTER TABLE calendar_feeds DROP CONSTRAINT calendar_feeds_event_scope, DROP COLUMN event_id, DROP COLUMN organization_id;
      DROP INDEX rundown_cues_assignee_idx;
      ALTER TABLE rundown_cues DROP COLUMN assignee_id;
    `);
  }
}

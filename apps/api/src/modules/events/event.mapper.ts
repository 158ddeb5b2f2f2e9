import type { CurrencyCode, Event, EventKind, EventScale, EventStatus } from '@rundown/domain';

export type EventRow = {
  id: string;
  name: string;
  kind: EventKind;
  status: EventStatus;
  start_at: Date;
  end_at: Date;
  time_zone: string;
  venue: string | null;
  client: string | null;
  currency: CurrencyCode;
  notes: string | null;
  scale: EventScale | null;
  expected_attendance: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

export const EVENT_COLUMNS =
  'e.id, e.name, e.kind, e.status, e.start_at, e.end_at, e.time_zone, e.venue, e.client, e.currency, e.notes, e.scale, e.expected_attendance, e.version, e.created_at, e.updated_at';

export const toEvent = (row: EventRow): Event => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  status: row.status,
  startAt: row.start_at.toISOString(),
  endAt: row.end_at.toISOString(),
  timeZone: row.time_zone,
  venue: row.venue,
  client: row.client,
  currency: row.currency,
  notes: row.notes,
  scale: row.scale,
  expectedAttendance: row.expected_attendance,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

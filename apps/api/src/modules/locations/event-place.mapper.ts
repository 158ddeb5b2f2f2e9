import { mapLink, type EventPlace, type EventPlaceRole, type Hold, type HoldOverlap, type HoldStatus, type LocationUsage } from '@rundown/domain';

export type EventPlaceRow = {
  id: string;
  event_id: string;
  location_id: string;
  location_name: string;
  address: string;
  city: string | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
  time_zone: string;
  space_id: string | null;
  space_name: string | null;
  role: EventPlaceRole;
  start_at: Date;
  end_at: Date;
  load_in_start: Date | null;
  load_in_end: Date | null;
  load_out_start: Date | null;
  load_out_end: Date | null;
  hold_status: HoldStatus;
  hold_rank: number | null;
  notes: string | null;
  budget_line_id: string | null;
  version: number;
  overlaps: { placeId: string; eventId: string; eventName: string; holdStatus: HoldStatus; holdRank: number | null; startAt: string; endAt: string }[];
};

/** One statement's worth of columns for a place, with the live holds of its space that overlap it. */
export const EVENT_PLACE_SELECT = `
  SELECT p.id, p.event_id, p.location_id, l.name AS location_name, l.address, l.city, l.postal_code, l.latitude, l.longitude, l.time_zone,
         p.space_id, s.name AS space_name, p.role, lower(p.during) AS start_at, upper(p.during) AS end_at,
         lower(p.load_in) AS load_in_start, upper(p.load_in) AS load_in_end, lower(p.load_out) AS load_out_start, upper(p.load_out) AS load_out_end,
         p.hold_status, p.hold_rank, p.notes, p.budget_line_id, p.version,
         CASE WHEN p.space_id IS NULL OR p.hold_status = 'released' THEN '[]'::json ELSE coalesce((
           SELECT json_agg(json_build_object('placeId', o.id, 'eventId', o.event_id, 'eventName', oe.name, 'holdStatus', o.hold_status,
                                             'holdRank', o.hold_rank, 'startAt', lower(o.during), 'endAt', upper(o.during)) ORDER BY lower(o.during), o.id)
             FROM event_places o JOIN events oe ON oe.id = o.event_id
            WHERE o.space_id = p.space_id AND o.id <> p.id AND o.hold_status <> 'released' AND o.during && p.during AND o.organization_id = p.organization_id
         ), '[]'::json) END AS overlaps
    FROM event_places p
    JOIN locations l ON l.id = p.location_id
    LEFT JOIN location_spaces s ON s.id = p.space_id`;

const iso = (v: Date | string) => new Date(v).toISOString();
const windowOf = (start: Date | null, end: Date | null) => (start && end ? { startAt: iso(start), endAt: iso(end) } : null);

export const toEventPlace = (row: EventPlaceRow): EventPlace => ({
  id: row.id,
  eventId: row.event_id,
  locationId: row.location_id,
  locationName: row.location_name,
  address: row.address,
  mapUrl: mapLink({ latitude: row.latitude, longitude: row.longitude, address: row.address, city: row.city, postalCode: row.postal_code }),
  timeZone: row.time_zone,
  spaceId: row.space_id,
  spaceName: row.space_name,
  role: row.role,
  startAt: iso(row.start_at),
  endAt: iso(row.end_at),
  loadIn: windowOf(row.load_in_start, row.load_in_end),
  loadOut: windowOf(row.load_out_start, row.load_out_end),
  holdStatus: row.hold_status,
  holdRank: row.hold_rank,
  notes: row.notes,
  budgetLineId: row.budget_line_id,
  overlaps: row.overlaps.map((o): HoldOverlap => ({ ...o, startAt: iso(o.startAt), endAt: iso(o.endAt) })),
  version: row.version,
});

export type HoldRow = { id: string; space_id: string | null; start_at: Date; end_at: Date; hold_status: HoldStatus; hold_rank: number | null; event_name: string; event_id: string };

export const toHold = (row: HoldRow): Hold => ({
  id: row.id,
  spaceId: row.space_id,
  startAt: iso(row.start_at),
  endAt: iso(row.end_at),
  status: row.hold_status,
  rank: row.hold_rank,
});

export type UsageRow = {
  id: string;
  event_id: string;
  event_name: string;
  event_time_zone: string;
  role: EventPlaceRole;
  space_name: string | null;
  start_at: Date;
  end_at: Date;
  hold_status: HoldStatus;
  hold_rank: number | null;
};

export const toUsage = (row: UsageRow): LocationUsage => ({
  placeId: row.id,
  eventId: row.event_id,
  eventName: row.event_name,
  eventTimeZone: row.event_time_zone,
  role: row.role,
  spaceName: row.space_name,
  startAt: iso(row.start_at),
  endAt: iso(row.end_at),
  holdStatus: row.hold_status,
  holdRank: row.hold_rank,
});

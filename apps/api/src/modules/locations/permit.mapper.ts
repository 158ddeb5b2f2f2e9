import {
  permitUrgency,
  type EventScale,
  type LocalizedText,
  type Permit,
  type PermitCategory,
  type PermitLeadTime,
  type PermitStatus,
  type PermitType,
} from '@rundown/domain';

export type PermitRow = {
  id: string;
  event_id: string;
  event_name: string;
  event_start_at: Date;
  event_time_zone: string;
  event_scale: EventScale | null;
  permit_type_id: string;
  type_code: string;
  type_name_id: string;
  type_name_en: string;
  category: PermitCategory;
  event_place_id: string | null;
  place_name: string | null;
  issuer: string | null;
  number: string | null;
  status: PermitStatus;
  apply_by: string | null;
  /** The stored apply-by as text (`infinity` when none): the board's keyset. */
  sort_key: string;
  deadline_at: Date | null;
  lead_days: number | null;
  statutory_days: number | null;
  lead_source: string | null;
  submitted_on: string | null;
  approved_on: string | null;
  valid_from: string | null;
  valid_until: string | null;
  owner_id: string | null;
  owner_name: string | null;
  budget_line_id: string | null;
  notes: string | null;
  version: number;
  created_at: Date;
};

/**
 * A permit with its apply-by as stored (kept by triggers, `app_permit_apply_by`, migration
 * 1764740000000) and the lead time behind it looked up for display, the same rule as the domain's `leadTimeFor` and
 * `applyByDate`: per scale, the latest lead-time row in force on the event's first local day; the
 * event's own scale wins over "every scale"; an unknown scale takes the longest; never under the
 * statutory minimum. Apply-by = that day less the lead; it ends at the next local midnight.
 */
export const PERMIT_SELECT = `
  SELECT p.id, p.event_id, e.name AS event_name, e.start_at AS event_start_at, e.time_zone AS event_time_zone, e.scale AS event_scale,
         p.permit_type_id, pt.code AS type_code, pt.name_id AS type_name_id, pt.name_en AS type_name_en, pt.category,
         p.event_place_id, l.name AS place_name, p.issuer, p.number, p.status,
         CASE WHEN isfinite(p.apply_by) THEN to_char(p.apply_by, 'YYYY-MM-DD') END AS apply_by, CASE WHEN isfinite(p.apply_by) THEN to_char(p.apply_by, 'YYYY-MM-DD') ELSE 'infinity' END AS sort_key,
         CASE WHEN isfinite(p.apply_by) THEN ((p.apply_by + 1)::timestamp AT TIME ZONE e.time_zone) END AS deadline_at,
         lt.lead_days, lt.statutory_days, lt.source AS lead_source,
         to_char(p.submitted_on, 'YYYY-MM-DD') AS submitted_on, to_char(p.approved_on, 'YYYY-MM-DD') AS approved_on,
         to_char(p.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(p.valid_until, 'YYYY-MM-DD') AS valid_until,
         p.owner_id, u.name AS owner_name, p.budget_line_id, p.notes, p.version, p.created_at
    FROM permits p
    JOIN events e ON e.id = p.event_id
    JOIN permit_types pt ON pt.id = p.permit_type_id
    CROSS JOIN LATERAL (SELECT (e.start_at AT TIME ZONE e.time_zone)::date AS first_day) d
    LEFT JOIN LATERAL (
      SELECT x.lead_days, x.statutory_days, x.source FROM (
        SELECT DISTINCT ON (r.scale) greatest(r.lead_days, coalesce(r.statutory_days, 0)) AS lead_days, r.statutory_days, r.source, r.scale
          FROM permit_lead_times r
         WHERE r.permit_type_id = p.permit_type_id AND r.organization_id = p.organization_id AND r.effective_from <= d.first_day
         ORDER BY r.scale, r.effective_from DESC, r.created_at DESC
      ) x
      WHERE e.scale IS NULL OR x.scale IS NULL OR x.scale = e.scale
      ORDER BY (e.scale IS NOT NULL AND x.scale IS NOT DISTINCT FROM e.scale) DESC, x.lead_days DESC
      LIMIT 1
    ) lt ON true
    LEFT JOIN event_places ep ON ep.id = p.event_place_id
    LEFT JOIN locations l ON l.id = ep.location_id
    LEFT JOIN users u ON u.id = p.owner_id`;

export const toPermit = (row: PermitRow, now: Date): Permit => ({
  id: row.id,
  eventId: row.event_id,
  eventName: row.event_name,
  eventStartAt: row.event_start_at.toISOString(),
  eventTimeZone: row.event_time_zone,
  eventScale: row.event_scale,
  typeId: row.permit_type_id,
  typeCode: row.type_code,
  typeName: { id: row.type_name_id, en: row.type_name_en },
  category: row.category,
  placeId: row.event_place_id,
  placeName: row.place_name,
  issuer: row.issuer,
  number: row.number,
  status: row.status,
  applyBy: row.apply_by,
  deadlineAt: row.deadline_at ? row.deadline_at.toISOString() : null,
  leadDays: row.lead_days,
  statutoryDays: row.statutory_days,
  leadSource: row.lead_source,
  urgency: permitUrgency(row.status, row.apply_by, now, row.event_time_zone),
  submittedOn: row.submitted_on,
  approvedOn: row.approved_on,
  validFrom: row.valid_from,
  validUntil: row.valid_until,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  budgetLineId: row.budget_line_id,
  notes: row.notes,
  version: row.version,
  createdAt: row.created_at.toISOString(),
});

export type PermitTypeRow = {
  id: string;
  code: string;
  category: PermitCategory;
  name_id: string;
  name_en: string;
  issuer: string;
  documents: LocalizedText[];
  version: number;
  lead_times: { id: string; scale: EventScale | null; lead_days: number; statutory_days: number | null; effective_from: string; source: string | null }[];
};

export const toPermitType = (row: PermitTypeRow): PermitType => ({
  id: row.id,
  code: row.code,
  category: row.category,
  name: { id: row.name_id, en: row.name_en },
  issuer: row.issuer,
  documents: row.documents,
  leadTimes: row.lead_times.map(
    (l): PermitLeadTime => ({ id: l.id, scale: l.scale, leadDays: l.lead_days, statutoryDays: l.statutory_days, effectiveFrom: l.effective_from, source: l.source }),
  ),
  version: row.version,
});

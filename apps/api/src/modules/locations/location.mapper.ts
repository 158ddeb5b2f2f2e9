import { mapLink, type Hospital, type Location, type LocationContact, type LocationKind, type LocationSummary, type Province, type Space } from '@rundown/domain';

export type SpaceRow = {
  id: string;
  location_id: string;
  name: string;
  capacity: number | null;
  notes: string | null;
  version: number;
};

export type LocationRow = {
  id: string;
  name: string;
  kind: LocationKind;
  address: string;
  city: string | null;
  province: Province | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
  time_zone: string;
  capacity: number | null;
  contacts: LocationContact[];
  parking_notes: string | null;
  access_notes: string | null;
  loading_dock_notes: string | null;
  power_notes: string | null;
  notes: string | null;
  hospital: Hospital | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

export type LocationSummaryRow = Pick<
  LocationRow,
  'id' | 'name' | 'kind' | 'address' | 'city' | 'province' | 'postal_code' | 'latitude' | 'longitude' | 'time_zone' | 'capacity' | 'version'
> & { space_count: number; sort_key: string };

export const LOCATION_COLUMNS =
  'l.id, l.name, l.kind, l.address, l.city, l.province, l.postal_code, l.latitude, l.longitude, l.time_zone, l.capacity, l.contacts, ' +
  'l.parking_notes, l.access_notes, l.loading_dock_notes, l.power_notes, l.notes, l.hospital, l.version, l.created_at, l.updated_at';

export const SPACE_COLUMNS = 's.id, s.location_id, s.name, s.capacity, s.notes, s.version';

export const toSpace = (row: SpaceRow): Space => ({
  id: row.id,
  locationId: row.location_id,
  name: row.name,
  capacity: row.capacity,
  notes: row.notes,
  version: row.version,
});

const linkOf = (row: Pick<LocationRow, 'latitude' | 'longitude' | 'address' | 'city' | 'postal_code'>) =>
  mapLink({ latitude: row.latitude, longitude: row.longitude, address: row.address, city: row.city, postalCode: row.postal_code });

export const toLocation = (row: LocationRow, spaces: SpaceRow[]): Location => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  address: row.address,
  city: row.city,
  province: row.province,
  postalCode: row.postal_code,
  latitude: row.latitude,
  longitude: row.longitude,
  mapUrl: linkOf(row),
  timeZone: row.time_zone,
  capacity: row.capacity,
  contacts: row.contacts,
  parkingNotes: row.parking_notes,
  accessNotes: row.access_notes,
  loadingDockNotes: row.loading_dock_notes,
  powerNotes: row.power_notes,
  notes: row.notes,
  hospital: row.hospital,
  spaces: spaces.map(toSpace),
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export const toLocationSummary = (row: LocationSummaryRow): LocationSummary => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  address: row.address,
  city: row.city,
  province: row.province,
  timeZone: row.time_zone,
  capacity: row.capacity,
  mapUrl: linkOf(row),
  spaceCount: row.space_count,
  version: row.version,
});

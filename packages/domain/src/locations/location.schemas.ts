import { z } from 'zod';
import { MAX_PAGE_SIZE, pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateTimeSchema, optionalText, str, text, timeZoneSchema } from '../common/primitives.js';

export const LOCATION_KINDS = ['venue', 'shoot_location', 'warehouse', 'office', 'hotel', 'basecamp'] as const;
export const locationKindSchema = z.enum(LOCATION_KINDS);
export type LocationKind = z.infer<typeof locationKindSchema>;

/**
 * Indonesia's 38 provinces and the zone each keeps (no daylight saving anywhere):
 * WIB UTC+7 (`Asia/Jakarta`; West and Central Kalimantan `Asia/Pontianak`), WITA UTC+8
 * (`Asia/Makassar`), WIT UTC+9 (`Asia/Jayapura`). A location's zone starts from its province
 * and stays editable.
 */
export const PROVINCE_TIME_ZONES = {
  aceh: 'Asia/Jakarta',
  sumatera_utara: 'Asia/Jakarta',
  sumatera_barat: 'Asia/Jakarta',
  riau: 'Asia/Jakarta',
  kepulauan_riau: 'Asia/Jakarta',
  jambi: 'Asia/Jakarta',
  sumatera_selatan: 'Asia/Jakarta',
  kepulauan_bangka_belitung: 'Asia/Jakarta',
  bengkulu: 'Asia/Jakarta',
  lampung: 'Asia/Jakarta',
  dki_jakarta: 'Asia/Jakarta',
  jawa_barat: 'Asia/Jakarta',
  banten: 'Asia/Jakarta',
  jawa_tengah: 'Asia/Jakarta',
  di_yogyakarta: 'Asia/Jakarta',
  jawa_timur: 'Asia/Jakarta',
  kalimantan_barat: 'Asia/Pontianak',
  kalimantan_tengah: 'Asia/Pontianak',
  bali: 'Asia/Makassar',
  nusa_tenggara_barat: 'Asia/Makassar',
  nusa_tenggara_timur: 'Asia/Makassar',
  kalimantan_selatan: 'Asia/Makassar',
  kalimantan_timur: 'Asia/Makassar',
  kalimantan_utara: 'Asia/Makassar',
  sulawesi_utara: 'Asia/Makassar',
  gorontalo: 'Asia/Makassar',
  sulawesi_tengah: 'Asia/Makassar',
  sulawesi_barat: 'Asia/Makassar',
  sulawesi_selatan: 'Asia/Makassar',
  sulawesi_tenggara: 'Asia/Makassar',
  maluku: 'Asia/Jayapura',
  maluku_utara: 'Asia/Jayapura',
  papua: 'Asia/Jayapura',
  papua_barat: 'Asia/Jayapura',
  papua_barat_daya: 'Asia/Jayapura',
  papua_tengah: 'Asia/Jayapura',
  papua_pegunungan: 'Asia/Jayapura',
  papua_selatan: 'Asia/Jayapura',
} as const satisfies Record<string, string>;
export type Province = keyof typeof PROVINCE_TIME_ZONES;
export const PROVINCES = Object.keys(PROVINCE_TIME_ZONES) as Province[];
export const provinceSchema = z.enum(PROVINCES as [Province, ...Province[]]);

/** The zone a province keeps. */
export function zoneForProvince(province: Province): string {
  return PROVINCE_TIME_ZONES[province];
}

/** WIB / WITA / WIT for the Indonesian zones, null for any other. */
export function indonesianZoneAbbreviation(timeZone: string): 'WIB' | 'WITA' | 'WIT' | null {
  if (timeZone === 'Asia/Jakarta' || timeZone === 'Asia/Pontianak') return 'WIB';
  if (timeZone === 'Asia/Makassar') return 'WITA';
  if (timeZone === 'Asia/Jayapura') return 'WIT';
  return null;
}

/**
 * A plain link to a maps site for the place: its coordinates when known, else its address.
 * Nothing is fetched; the browser opens it only when someone follows it.
 */
export function mapLink(place: { latitude: number | null; longitude: number | null; address: string; city: string | null; postalCode?: string | null }): string {
  const query =
    place.latitude !== null && place.longitude !== null
      ? `${place.latitude},${place.longitude}`
      : [place.address, place.city, place.postalCode].filter((p) => p && p.trim()).join(', ');
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}


export const locationContactSchema = z.object({
  name: text(120),
  role: str().trim().max(80).optional(),
  phone: str().trim().max(40).optional(),
  email: str().trim().max(254).optional(),
});
export type LocationContact = z.infer<typeof locationContactSchema>;

export const hospitalSchema = z.object({
  name: text(200),
  address: optionalText(500),
  phone: optionalText(40),
  url: z.url().max(500).nullish().transform((v) => v ?? null),
});
export type Hospital = z.infer<typeof hospitalSchema>;

export const spaceSchema = z
  .object({
    id: idSchema,
    locationId: idSchema,
    name: z.string(),
    capacity: z.number().int().nullable(),
    notes: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'LocationSpace' });
export type Space = z.infer<typeof spaceSchema>;

export const createSpaceSchema = z.object({
  name: text(120),
  capacity: z.number().int().min(0).max(10_000_000).nullish().transform((v) => v ?? null),
  notes: optionalText(2000),
});
export type CreateSpaceInput = z.infer<typeof createSpaceSchema>;
export const updateSpaceSchema = createSpaceSchema.partial().refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateSpaceInput = z.infer<typeof updateSpaceSchema>;

export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);

export const locationSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    kind: locationKindSchema,
    address: z.string(),
    city: z.string().nullable(),
    province: provinceSchema.nullable(),
    postalCode: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    mapUrl: z.string(),
    timeZone: z.string(),
    capacity: z.number().int().nullable(),
    contacts: z.array(locationContactSchema),
    parkingNotes: z.string().nullable(),
    accessNotes: z.string().nullable(),
    loadingDockNotes: z.string().nullable(),
    powerNotes: z.string().nullable(),
    notes: z.string().nullable(),
    hospital: hospitalSchema.nullable(),
    spaces: z.array(spaceSchema),
    version: z.number().int(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'Location' });
export type Location = z.infer<typeof locationSchema>;

/** A row of the directory list: enough to pick a place, without its notes. */
export const locationSummarySchema = locationSchema
  .pick({ id: true, name: true, kind: true, address: true, city: true, province: true, timeZone: true, capacity: true, mapUrl: true, version: true })
  .extend({ spaceCount: z.number().int() })
  .meta({ id: 'LocationSummary' });
export type LocationSummary = z.infer<typeof locationSummarySchema>;

const coordinatesTogether = (v: { latitude?: number | null; longitude?: number | null }) => {
  const hasLatitude = v.latitude !== undefined && v.latitude !== null;
  const hasLongitude = v.longitude !== undefined && v.longitude !== null;
  return hasLatitude === hasLongitude;
};
const coordinatesIssue = { message: 'Give both latitude and longitude, or neither', path: ['longitude'] };

const locationFields = z.object({
  name: text(200),
  kind: locationKindSchema,
  address: text(500),
  city: optionalText(120),
  province: provinceSchema.nullish().transform((v) => v ?? null),
  postalCode: str()
    .trim()
    .regex(/^\d{5}$/, 'Postal code has 5 digits')
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  latitude: latitudeSchema.nullish().transform((v) => v ?? null),
  longitude: longitudeSchema.nullish().transform((v) => v ?? null),
  /** Omitted on create: the province's zone (else Asia/Jakarta). */
  timeZone: timeZoneSchema,
  capacity: z.number().int().min(0).max(10_000_000).nullish().transform((v) => v ?? null),
  contacts: z.array(locationContactSchema).max(20),
  parkingNotes: optionalText(5000),
  accessNotes: optionalText(5000),
  loadingDockNotes: optionalText(5000),
  powerNotes: optionalText(5000),
  notes: optionalText(5000),
  hospital: hospitalSchema.nullable(),
});

export const createLocationSchema = locationFields
  .partial()
  .extend({
    name: text(200),
    kind: locationKindSchema,
    address: text(500),
    /** Spaces created with the place (more can be added later). */
    spaces: z.array(createSpaceSchema).max(100).optional(),
  })
  .refine(coordinatesTogether, coordinatesIssue);
export type CreateLocationInput = z.infer<typeof createLocationSchema>;

export const updateLocationSchema = locationFields
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' })
  .refine(coordinatesTogether, coordinatesIssue);
export type UpdateLocationInput = z.infer<typeof updateLocationSchema>;

/** A small default page: the directory is searched more than it is scrolled. */
export const LOCATIONS_PAGE_SIZE = 25;

export const locationListQuerySchema = pageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(LOCATIONS_PAGE_SIZE),
  q: str().trim().max(200).optional(),
  city: str().trim().max(120).optional(),
  kind: locationKindSchema.optional(),
});
export type LocationListQuery = z.infer<typeof locationListQuerySchema>;

/** The zone a new place gets when none is given. */
export function defaultLocationZone(province: Province | null | undefined): string {
  return province ? zoneForProvince(province) : 'Asia/Jakarta';
}

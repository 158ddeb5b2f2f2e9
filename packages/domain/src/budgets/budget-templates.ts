import type { EventKind } from '../events/event.schemas.js';

export type CategoryTemplate = { code: string; name: { en: string; id: string }; children?: CategoryTemplate[] };

const LIVE_EVENT: CategoryTemplate[] = [
  { code: '100', name: { en: 'Venue', id: 'Venue & Lokasi' } },
  { code: '200', name: { en: 'Stage & set', id: 'Panggung & Set' } },
  { code: '300', name: { en: 'Sound', id: 'Tata Suara' } },
  { code: '400', name: { en: 'Lighting', id: 'Tata Cahaya' } },
  { code: '500', name: { en: 'Video / LED', id: 'Video / LED' } },
  { code: '600', name: { en: 'Talent', id: 'Talenta & Artis' } },
  { code: '700', name: { en: 'Crew', id: 'Kru' } },
  { code: '800', name: { en: 'Catering', id: 'Konsumsi' } },
  { code: '900', name: { en: 'Transport & logistics', id: 'Transportasi & Logistik' } },
  { code: '1000', name: { en: 'Permits & insurance', id: 'Perizinan & Asuransi' } },
  { code: '1100', name: { en: 'Marketing', id: 'Pemasaran' } },
  { code: '1200', name: { en: 'Contingency', id: 'Dana Cadangan' } },
];

const FILM_TV: CategoryTemplate[] = [
  { code: '1000', name: { en: 'Above the line', id: 'Above the Line' }, children: [
    { code: '1100', name: { en: 'Story & rights', id: 'Cerita & Hak' } },
    { code: '1200', name: { en: 'Producers & director', id: 'Produser & Sutradara' } },
    { code: '1300', name: { en: 'Cast', id: 'Pemeran' } },
  ] },
  { code: '2000', name: { en: 'Production', id: 'Produksi' }, children: [
    { code: '2100', name: { en: 'Production crew', id: 'Kru Produksi' } },
    { code: '2200', name: { en: 'Camera & lighting', id: 'Kamera & Lighting' } },
    { code: '2300', name: { en: 'Locations', id: 'Lokasi' } },
    { code: '2400', name: { en: 'Art department', id: 'Departemen Artistik' } },
    { code: '2500', name: { en: 'Catering & transport', id: 'Konsumsi & Transportasi' } },
  ] },
  { code: '3000', name: { en: 'Post-production', id: 'Pascaproduksi' }, children: [
    { code: '3100', name: { en: 'Editing', id: 'Penyuntingan' } },
    { code: '3200', name: { en: 'Sound & music', id: 'Suara & Musik' } },
    { code: '3300', name: { en: 'Color & VFX', id: 'Warna & VFX' } },
  ] },
  { code: '4000', name: { en: 'Other', id: 'Lain-lain' }, children: [
    { code: '4100', name: { en: 'Insurance & legal', id: 'Asuransi & Legal' } },
    { code: '4200', name: { en: 'Contingency', id: 'Dana Cadangan' } },
  ] },
];

const GENERAL: CategoryTemplate[] = [
  { code: '100', name: { en: 'Venue', id: 'Venue & Lokasi' } },
  { code: '200', name: { en: 'Production', id: 'Produksi' } },
  { code: '300', name: { en: 'Talent & crew', id: 'Talenta & Kru' } },
  { code: '400', name: { en: 'Catering', id: 'Konsumsi' } },
  { code: '500', name: { en: 'Transport & logistics', id: 'Transportasi & Logistik' } },
  { code: '600', name: { en: 'Contingency', id: 'Dana Cadangan' } },
];

/** The category tree a new budget starts with, by the kind of production. */
export const BUDGET_TEMPLATES: Readonly<Record<EventKind, CategoryTemplate[]>> = {
  live_event: LIVE_EVENT,
  corporate: LIVE_EVENT,
  film: FILM_TV,
  tv_media: FILM_TV,
  other: GENERAL,
};

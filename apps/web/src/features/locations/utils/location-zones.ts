import { TIME_ZONES } from '../../../lib/format';

/** Zones a place may keep: Indonesia's four (WIB in Jakarta and Pontianak, WITA, WIT) first, then the usual abroad. */
export const LOCATION_TIME_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura', ...TIME_ZONES.filter((z) => !['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'].includes(z))];

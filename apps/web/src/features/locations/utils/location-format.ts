import { indonesianZoneAbbreviation } from '@rundown/domain';
import { timeZoneOffsetLabel } from '../../../lib/format';

/** "WIB · UTC+7" for the Indonesian zones, else "Europe/London · UTC+0". */
export function zoneLabel(timeZone: string): string {
  return `${indonesianZoneAbbreviation(timeZone) ?? timeZone} · ${timeZoneOffsetLabel(timeZone)}`;
}

import type { CurrencyCode, Locale, Organization } from '@rundown/domain';

export type OrganizationRow = {
  id: string;
  name: string;
  default_currency: CurrencyCode;
  locale: Locale;
  time_zone: string;
  approval_threshold: string | null;
  version: number;
  created_at: Date;
};

export const ORGANIZATION_COLUMNS = 'id, name, default_currency, locale, time_zone, approval_threshold, version, created_at';

export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  defaultCurrency: row.default_currency,
  locale: row.locale,
  timeZone: row.time_zone,
  approvalThreshold: row.approval_threshold,
  version: row.version,
  createdAt: row.created_at.toISOString(),
});

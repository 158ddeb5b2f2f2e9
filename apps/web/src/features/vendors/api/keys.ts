import type { VendorFilters } from '../utils/vendors-search';

/** Every vendor query key starts with the organization; the timeline's vendor picker lives under the same prefix. */
export const vendorKeys = {
  all: (orgId: string) => ['orgs', orgId, 'vendors'] as const,
  list: (orgId: string, filters: VendorFilters) => [...vendorKeys.all(orgId), 'list', filters] as const,
};

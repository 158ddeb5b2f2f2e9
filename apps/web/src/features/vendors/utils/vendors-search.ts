import { vendorCategorySchema } from '@rundown/domain';
import { z } from 'zod';

/** The vendor directory's URL search params. Invalid values are dropped. */
export const vendorsSearchSchema = z.object({
  category: vendorCategorySchema.optional().catch(undefined),
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  /** Opens the "New vendor" dialog. */
  new: z.boolean().optional().catch(undefined),
});
export type VendorsSearch = z.infer<typeof vendorsSearchSchema>;
export type VendorFilters = Pick<VendorsSearch, 'category' | 'q'>;

/** NPWP as written on documents: 99.999.999.9-999.999 (15 digits); 16-digit NIK-based numbers in groups of four. */
export function formatNpwp(value: string | null): string {
  if (!value) return '';
  const d = value.replace(/\D/g, '');
  if (d.length === 15) return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12)}`;
  if (d.length === 16) return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`;
  return value;
}

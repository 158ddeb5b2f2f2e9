import { locationKindSchema } from '@rundown/domain';
import { z } from 'zod';

/** The directory's URL search params. Invalid values are dropped. */
export const locationsSearchSchema = z.object({
  kind: locationKindSchema.optional().catch(undefined),
  city: z.string().trim().min(1).max(120).optional().catch(undefined),
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  /** Opens the "New place" dialog. */
  new: z.boolean().optional().catch(undefined),
});
export type LocationsSearch = z.infer<typeof locationsSearchSchema>;
export type LocationFilters = Pick<LocationsSearch, 'kind' | 'city' | 'q'>;

import { PERMIT_DUE_FILTERS, permitCategorySchema, permitStatusSchema } from '@rundown/domain';
import { z } from 'zod';

/** The permits board's URL search params. Invalid values are dropped. */
export const permitsSearchSchema = z.object({
  due: z.enum(PERMIT_DUE_FILTERS).optional().catch(undefined),
  status: permitStatusSchema.optional().catch(undefined),
  category: permitCategorySchema.optional().catch(undefined),
});
export type PermitsSearch = z.infer<typeof permitsSearchSchema>;
export type PermitFilters = PermitsSearch & { eventId?: string };

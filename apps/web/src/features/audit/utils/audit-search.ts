import { auditActionSchema } from '@rundown/domain';
import { z } from 'zod';

export const auditSearchSchema = z.object({
  entityType: z.string().trim().min(1).max(60).optional().catch(undefined),
  action: auditActionSchema.optional().catch(undefined),
});

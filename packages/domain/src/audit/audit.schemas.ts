import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateTimeSchema, str } from '../common/primitives.js';

export const auditActionSchema = z.enum(['create', 'update', 'delete']);

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: isoDateTimeSchema,
    actorId: idSchema.nullable(),
    actorName: z.string().nullable(),
    action: auditActionSchema,
    entityType: z.string(),
    entityId: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = pageQuerySchema.extend({
  entityType: str().max(60).optional(),
  entityId: str().max(80).optional(),
  actorId: idSchema.optional(),
  action: auditActionSchema.optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

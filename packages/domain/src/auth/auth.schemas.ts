import { z } from 'zod';
import { roleSchema } from '../access/permissions.js';
import { idSchema, isoDateTimeSchema, localeSchema, str, text } from '../common/primitives.js';
import { passwordSchema } from './password.js';

export const emailSchema = str().trim().toLowerCase().pipe(z.email().max(254));

export const signupSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: text(120),
  organizationName: text(120),
  locale: localeSchema.optional(),
});
export type SignupInput = z.infer<typeof signupSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  password: str().min(1).max(1024),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const userSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    name: z.string(),
    locale: localeSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const membershipSummarySchema = z.object({
  organizationId: idSchema,
  organizationName: z.string(),
  role: roleSchema,
});
export type MembershipSummary = z.infer<typeof membershipSummarySchema>;

export const meSchema = z
  .object({
    user: userSchema,
    memberships: z.array(membershipSummarySchema),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

export const updateMeSchema = z
  .object({ name: text(120), locale: localeSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateMeInput = z.infer<typeof updateMeSchema>;

export const csrfSchema = z.object({ token: z.string() });

export const revokedSchema = z.object({ revoked: z.number().int() });

export const apiTokenSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    prefix: z.string(),
    createdAt: isoDateTimeSchema,
    lastUsedAt: isoDateTimeSchema.nullable(),
    expiresAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenSchema = z.object({
  name: text(80),
  expiresInDays: z.number().int().min(1).max(365).optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

/** The token's secret appears exactly once, in this response. */
export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

import { z } from 'zod';
import { roleSchema } from '../access/permissions.js';
import { emailSchema } from '../auth/auth.schemas.js';
import { passwordSchema } from '../auth/password.js';
import { idSchema, isoDateTimeSchema, localeSchema, text, timeZoneSchema } from '../common/primitives.js';
import { currencyCodeSchema } from '../money/currency.js';
import { minorUnitsSchema } from '../money/money.js';

export const organizationSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    defaultCurrency: currencyCodeSchema,
    locale: localeSchema,
    timeZone: z.string(),
    /** Commitments and expenses above this (minor units of defaultCurrency) need approval; null: none do. */
    approvalThreshold: minorUnitsSchema.nullable(),
    version: z.number().int(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof organizationSchema>;

/**
 * The organization as roles without `budgets.read` (crew, vendors) see it: what they need to
 * show dates and amounts, not the budget settings (the approval threshold).
 */
export const organizationSummarySchema = organizationSchema.omit({ approvalThreshold: true }).meta({ id: 'OrganizationSummary' });
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;

export const createOrganizationSchema = z.object({ name: text(120) });

export const updateOrganizationSchema = z
  .object({
    name: text(120),
    defaultCurrency: currencyCodeSchema,
    locale: localeSchema,
    timeZone: timeZoneSchema,
    approvalThreshold: minorUnitsSchema.refine((v) => !v.startsWith('-'), 'Must not be negative').nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationSchema>;

export const memberSchema = z
  .object({
    id: idSchema,
    userId: idSchema,
    name: z.string(),
    email: z.string(),
    role: roleSchema,
    version: z.number().int(),
    joinedAt: isoDateTimeSchema,
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof memberSchema>;

export const updateMemberSchema = z.object({ role: roleSchema });

export const invitationStatusSchema = z.enum(['pending', 'accepted', 'revoked', 'expired']);
export const invitationSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    role: roleSchema,
    status: invitationStatusSchema,
    invitedBy: z.string(),
    expiresAt: isoDateTimeSchema,
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationSchema = z.object({
  email: emailSchema,
  role: roleSchema,
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

/** The link (with its secret token) is returned once, at creation. */
export const createdInvitationSchema = invitationSchema.extend({ token: z.string(), url: z.string() });
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationPreviewSchema = z.object({
  organizationName: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedBy: z.string(),
  expiresAt: isoDateTimeSchema,
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationAsNewUserSchema = z.object({
  name: text(120),
  password: passwordSchema,
});
export type AcceptInvitationAsNewUserInput = z.infer<typeof acceptInvitationAsNewUserSchema>;

export const acceptedInvitationSchema = z.object({ organizationId: idSchema, role: roleSchema });

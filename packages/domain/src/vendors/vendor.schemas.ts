import { z } from 'zod';
import { emailSchema } from '../auth/auth.schemas.js';
import { pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateTimeSchema, searchQuerySchema, str, text } from '../common/primitives.js';
import { attachmentSchema, checklistItemSchema, taskPrioritySchema, taskStatusSchema } from '../schedule/task.schemas.js';

export const VENDOR_CATEGORIES = ['av_rental', 'catering', 'stage', 'printing', 'transport', 'security', 'talent_agency', 'venue', 'other'] as const;
export const vendorCategorySchema = z.enum(VENDOR_CATEGORIES);

export const vendorContactSchema = z.object({
  name: text(120),
  role: str().trim().max(80).optional(),
  phone: str().trim().max(40).optional(),
  email: str().trim().max(254).optional(),
});

/** NPWP: 15 digits (old format, often written 99.999.999.9-999.999) or 16 digits (NIK-based, from 2024). */
export const npwpSchema = str()
  .trim()
  .transform((v) => v.replace(/[.\-\s]/g, ''))
  .pipe(z.string().regex(/^\d{15,16}$/, 'NPWP has 15 or 16 digits'));

export const vendorSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    category: vendorCategorySchema,
    contacts: z.array(vendorContactSchema),
    taxId: z.string().nullable(),
    notes: z.string().nullable(),
    userCount: z.number().int(),
    version: z.number().int(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'Vendor' });
export type Vendor = z.infer<typeof vendorSchema>;

const vendorFields = z.object({
  name: text(200),
  category: vendorCategorySchema,
  contacts: z.array(vendorContactSchema).max(20),
  taxId: npwpSchema.nullable(),
  notes: str().trim().max(5000).nullable(),
});
export const createVendorSchema = vendorFields.partial().extend({ name: text(200), category: vendorCategorySchema });
export type CreateVendorInput = z.infer<typeof createVendorSchema>;
export const updateVendorSchema = vendorFields.partial().refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateVendorInput = z.infer<typeof updateVendorSchema>;

export const vendorListQuerySchema = pageQuerySchema.extend({ category: vendorCategorySchema.optional(), q: searchQuerySchema });

export const inviteVendorUserSchema = z.object({ email: emailSchema, expiresInDays: z.number().int().min(1).max(30).default(7) });

/** What a vendor sees of a task assigned to it: the task, where and when — nothing else. */
export const vendorTaskSchema = z
  .object({
    id: idSchema,
    organizationName: z.string(),
    vendorName: z.string(),
    eventName: z.string(),
    eventVenue: z.string().nullable(),
    eventTimeZone: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    location: z.string().nullable(),
    /** Of the task's place, only what a vendor needs to arrive: address, map link, loading dock, load-in window. */
    place: z
      .object({
        address: z.string(),
        mapUrl: z.string(),
        loadingDockNotes: z.string().nullable(),
        loadIn: z.object({ startAt: isoDateTimeSchema, endAt: isoDateTimeSchema }).nullable(),
      })
      .nullable(),
    startAt: isoDateTimeSchema,
    endAt: isoDateTimeSchema,
    status: taskStatusSchema,
    priority: taskPrioritySchema,
    checklist: z.array(checklistItemSchema),
    attachments: z.array(attachmentSchema),
    version: z.number().int(),
  })
  .meta({ id: 'VendorTask' });
export type VendorTask = z.infer<typeof vendorTaskSchema>;

export const vendorTaskListQuerySchema = pageQuerySchema.extend({ status: taskStatusSchema.optional() });
export const updateVendorTaskSchema = z.object({ status: taskStatusSchema });
export const toggleChecklistSchema = z.object({ done: z.boolean() });

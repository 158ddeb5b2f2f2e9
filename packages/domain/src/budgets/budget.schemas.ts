import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination.js';
import { idList, idSchema, isoDateTimeSchema, optionalText, str, text } from '../common/primitives.js';
import { currencyCodeSchema } from '../money/currency.js';
import { minorUnitsSchema } from '../money/money.js';

export const LINE_UNITS = ['flat', 'hour', 'day', 'week', 'month', 'item', 'lot', 'person', 'set', 'km'] as const;
export const lineUnitSchema = z.enum(LINE_UNITS);
export type LineUnit = z.infer<typeof lineUnitSchema>;

const decimalText = (places: number, message: string) =>
  str().trim().regex(new RegExp(`^\\d{1,9}(\\.\\d{1,${places}})?$`), message);

export const quantitySchema = decimalText(3, 'A number with at most 3 decimals');
export const multiplierSchema = decimalText(3, 'A number with at most 3 decimals');
export const exchangeRateSchema = decimalText(6, 'A rate with at most 6 decimals').refine((v) => /[1-9]/.test(v), 'Must be above zero');
/** Non-negative minor units (a rate or an amount entered by a person). */
export const amountSchema = minorUnitsSchema.refine((v) => !v.startsWith('-'), 'Must not be negative');

export const totalsSchema = z
  .object({
    estimate: minorUnitsSchema,
    committed: minorUnitsSchema,
    actual: minorUnitsSchema,
    paid: minorUnitsSchema,
    variance: minorUnitsSchema,
    remaining: minorUnitsSchema,
    usedBasisPoints: z.number().int().nullable(),
    overBudget: z.boolean(),
  })
  .meta({ id: 'BudgetTotals' });
export type BudgetTotals = z.infer<typeof totalsSchema>;

export const budgetCategorySchema = z
  .object({
    id: idSchema,
    parentId: idSchema.nullable(),
    code: z.string(),
    name: z.string(),
    sortOrder: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'BudgetCategory' });
export type BudgetCategory = z.infer<typeof budgetCategorySchema>;

export const createCategorySchema = z.object({
  parentId: idSchema.nullable().default(null),
  code: str().trim().max(20).default(''),
  name: text(120),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});
export type CreateCategoryInput = z.infer<typeof createCategorySchema>;

export const updateCategorySchema = z
  .object({ parentId: idSchema.nullable(), code: str().trim().max(20), name: text(120), sortOrder: z.number().int().min(0).max(1_000_000) })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateCategoryInput = z.infer<typeof updateCategorySchema>;

const lineFields = z.object({
  categoryId: idSchema,
  description: text(300),
  accountCode: optionalText(30),
  vendor: optionalText(200),
  quantity: quantitySchema,
  unit: lineUnitSchema,
  rate: amountSchema,
  currency: currencyCodeSchema,
  exchangeRate: exchangeRateSchema,
  multiplier: multiplierSchema,
  fringeIds: idList(20),
  notes: optionalText(2000),
  sortOrder: z.number().int().min(0).max(100_000_000),
});

export const budgetLineSchema = lineFields
  .extend({
    id: idSchema,
    accountCode: z.string().nullable(),
    vendor: z.string().nullable(),
    notes: z.string().nullable(),
    subtotal: minorUnitsSchema,
    fringeTotal: minorUnitsSchema,
    estimate: minorUnitsSchema,
    committed: minorUnitsSchema,
    actual: minorUnitsSchema,
    paid: minorUnitsSchema,
    version: z.number().int(),
    updatedAt: isoDateTimeSchema,
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'BudgetLine' });
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const createLineSchema = lineFields.partial().extend({
  categoryId: idSchema,
  description: text(300),
  quantity: quantitySchema.default('1'),
  unit: lineUnitSchema.default('flat'),
  rate: amountSchema.default('0'),
  multiplier: multiplierSchema.default('1'),
  exchangeRate: exchangeRateSchema.default('1'),
  fringeIds: idList(20).default([]),
});
export type CreateLineInput = z.infer<typeof createLineSchema>;

export const updateLineSchema = lineFields
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateLineInput = z.infer<typeof updateLineSchema>;

/** The default page is a screenful; the grid asks for larger pages after its first (up to 5,000). */
export const lineListQuerySchema = pageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});

export const budgetSchema = z
  .object({
    id: idSchema,
    eventId: idSchema,
    currency: currencyCodeSchema,
    categories: z.array(budgetCategorySchema),
  })
  .meta({ id: 'Budget' });
export type Budget = z.infer<typeof budgetSchema>;

export const budgetSummarySchema = z
  .object({
    currency: currencyCodeSchema,
    lineCount: z.number().int(),
    totals: totalsSchema,
    categories: z.array(budgetCategorySchema.pick({ id: true, parentId: true, code: true, name: true }).extend({ totals: totalsSchema })),
    pending: z.object({ commitments: z.number().int(), expenses: z.number().int(), amount: minorUnitsSchema }),
  })
  .meta({ id: 'BudgetSummary' });
export type BudgetSummary = z.infer<typeof budgetSummarySchema>;

export const fringeRuleSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    kind: z.enum(['percent', 'flat']),
    basisPoints: z.number().int().nullable(),
    amount: minorUnitsSchema.nullable(),
    currency: currencyCodeSchema.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'FringeRule' });
export type FringeRuleDto = z.infer<typeof fringeRuleSchema>;

export const createFringeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), name: text(80), basisPoints: z.number().int().min(0).max(100_000) }),
  z.object({ kind: z.literal('flat'), name: text(80), amount: amountSchema, currency: currencyCodeSchema }),
]);
export type CreateFringeInput = z.infer<typeof createFringeSchema>;

export const updateFringeSchema = z
  .object({ name: text(80), basisPoints: z.number().int().min(0).max(100_000), amount: amountSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export type UpdateFringeInput = z.infer<typeof updateFringeSchema>;

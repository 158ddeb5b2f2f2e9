import { z } from 'zod';
import { idSchema, isoDateTimeSchema, text } from '../common/primitives.js';
import { currencyCodeSchema } from '../money/currency.js';
import { minorUnitsSchema } from '../money/money.js';

export const baselineSchema = z
  .object({ id: idSchema, name: z.string(), total: minorUnitsSchema, createdAt: isoDateTimeSchema, createdBy: z.string().nullable() })
  .meta({ id: 'BudgetBaseline' });
export type Baseline = z.infer<typeof baselineSchema>;

export const createBaselineSchema = z.object({ name: text(120) });

const compared = { baseline: minorUnitsSchema, current: minorUnitsSchema, delta: minorUnitsSchema };

export const baselineComparisonSchema = z
  .object({
    baseline: baselineSchema,
    totals: z.object(compared),
    categories: z.array(z.object({ id: idSchema, parentId: idSchema.nullable(), code: z.string(), name: z.string(), ...compared })),
    /** Lines whose estimate differs, plus lines added or removed since the baseline. */
    lines: z.array(
      z.object({
        lineId: idSchema,
        description: z.string(),
        categoryId: idSchema,
        change: z.enum(['added', 'removed', 'changed']),
        ...compared,
      }),
    ),
  })
  .meta({ id: 'BaselineComparison' });
export type BaselineComparison = z.infer<typeof baselineComparisonSchema>;

export const budgetTemplateSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    currency: currencyCodeSchema,
    categoryCount: z.number().int(),
    lineCount: z.number().int(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'BudgetTemplate' });
export type BudgetTemplate = z.infer<typeof budgetTemplateSchema>;

export const createTemplateSchema = z.object({ name: text(120), eventId: idSchema });
export const applyTemplateSchema = z.object({ templateId: idSchema });

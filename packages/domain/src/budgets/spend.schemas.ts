import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText, str, text } from '../common/primitives.js';
import { currencyCodeSchema } from '../money/currency.js';
import { minorUnitsSchema } from '../money/money.js';
import { amountSchema, exchangeRateSchema } from './budget.schemas.js';

/** pending: above the approval threshold, waiting for someone other than the submitter. */
export const commitmentStatusSchema = z.enum(['pending', 'approved', 'rejected', 'cancelled']);
export type CommitmentStatus = z.infer<typeof commitmentStatusSchema>;

export const expenseStatusSchema = z.enum(['submitted', 'approved', 'paid', 'rejected']);
export type ExpenseStatus = z.infer<typeof expenseStatusSchema>;

const spendFields = {
  lineId: idSchema,
  description: z.string().nullable(),
  amount: minorUnitsSchema,
  currency: currencyCodeSchema,
  exchangeRate: z.string(),
  /** The amount in the budget's currency, at the recorded rate. */
  amountInBudgetCurrency: minorUnitsSchema,
  submittedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTimeSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
};

export const commitmentSchema = z
  .object({ id: idSchema, vendor: z.string(), issuedOn: isoDateSchema, status: commitmentStatusSchema, ...spendFields })
  .meta({ id: 'Commitment' });
export type Commitment = z.infer<typeof commitmentSchema>;

export const expenseSchema = z
  .object({
    id: idSchema,
    payee: z.string(),
    spentOn: isoDateSchema,
    reference: z.string().nullable(),
    status: expenseStatusSchema,
    paidAt: isoDateTimeSchema.nullable(),
    ...spendFields,
  })
  .meta({ id: 'Expense' });
export type Expense = z.infer<typeof expenseSchema>;

const createSpend = {
  lineId: idSchema,
  description: optionalText(500),
  amount: amountSchema,
  currency: currencyCodeSchema,
  exchangeRate: exchangeRateSchema.default('1'),
};

export const createCommitmentSchema = z.object({ ...createSpend, vendor: text(200), issuedOn: isoDateSchema });
export type CreateCommitmentInput = z.infer<typeof createCommitmentSchema>;

export const createExpenseSchema = z.object({ ...createSpend, payee: text(200), spentOn: isoDateSchema, reference: optionalText(100) });
export type CreateExpenseInput = z.infer<typeof createExpenseSchema>;

export const commitmentActionSchema = z.object({ action: z.enum(['approve', 'reject', 'cancel']) });
export const expenseActionSchema = z.object({ action: z.enum(['approve', 'reject', 'pay']) });

export const spendListQuerySchema = pageQuerySchema.extend({
  lineId: idSchema.optional(),
  status: str().max(20).optional(),
});
export type SpendListQuery = z.infer<typeof spendListQuerySchema>;

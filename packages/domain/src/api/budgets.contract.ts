import { z } from 'zod';
import { auditEntrySchema } from '../audit/audit.schemas.js';
import {
  budgetCategorySchema,
  budgetLineSchema,
  budgetSchema,
  budgetSummarySchema,
  createCategorySchema,
  createFringeSchema,
  createLineSchema,
  fringeRuleSchema,
  lineListQuerySchema,
  updateCategorySchema,
  updateFringeSchema,
  updateLineSchema,
} from '../budgets/budget.schemas.js';
import {
  applyTemplateSchema,
  baselineComparisonSchema,
  baselineSchema,
  budgetTemplateSchema,
  createBaselineSchema,
  createTemplateSchema,
} from '../budgets/baseline.schemas.js';
import { importLinesSchema, importResultSchema } from '../budgets/budget-import.js';
import {
  commitmentActionSchema,
  commitmentSchema,
  createCommitmentSchema,
  createExpenseSchema,
  expenseActionSchema,
  expenseSchema,
  spendListQuerySchema,
} from '../budgets/spend.schemas.js';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema } from '../common/primitives.js';
import { EVENT, eventParams, org, orgParams } from './access.js';
import { route } from './route.js';

const lineParams = eventParams.extend({ lineId: idSchema });
const categoryParams = eventParams.extend({ categoryId: idSchema });
const commitmentParams = eventParams.extend({ commitmentId: idSchema });
const expenseParams = eventParams.extend({ expenseId: idSchema });
const fringeParams = orgParams.extend({ fringeId: idSchema });
const BUDGET = `${EVENT}/budget`;

export const budgetApi = {
  get: route({
    method: 'GET', path: BUDGET, tag: 'budgets', summary: "The event's budget and its category tree (created from the template on first use)",
    access: org('budgets.read'), params: eventParams, response: budgetSchema,
  }),
  summary: route({
    method: 'GET', path: `${BUDGET}/summary`, tag: 'budgets', summary: 'Top sheet: totals by category with variance',
    access: org('budgets.read'), params: eventParams, response: budgetSummarySchema,
  }),
  listLines: route({
    method: 'GET', path: `${BUDGET}/lines`, tag: 'budgets', summary: 'Budget lines with committed, actual and paid',
    access: org('budgets.read'), params: eventParams, query: lineListQuerySchema, response: pageOf(budgetLineSchema),
  }),
  createLine: route({
    method: 'POST', path: `${BUDGET}/lines`, tag: 'budgets', summary: 'Add a line',
    access: org('budgets.write'), params: eventParams, body: createLineSchema, response: budgetLineSchema, successStatus: 201, versioned: true,
  }),
  updateLine: route({
    method: 'PATCH', path: `${BUDGET}/lines/:lineId`, tag: 'budgets', summary: 'Edit a line (If-Match required)',
    access: org('budgets.write'), params: lineParams, body: updateLineSchema, response: budgetLineSchema, versioned: true,
  }),
  lineHistory: route({
    method: 'GET', path: `${BUDGET}/lines/:lineId/history`, tag: 'budgets', summary: "A line's changes, newest first (from the audit log)",
    access: org('budgets.read'), params: lineParams, query: pageQuerySchema, response: pageOf(auditEntrySchema),
  }),
  deleteLine: route({
    method: 'DELETE', path: `${BUDGET}/lines/:lineId`, tag: 'budgets', summary: 'Delete a line',
    access: org('budgets.write'), params: lineParams, response: null, successStatus: 204,
  }),
  createCategory: route({
    method: 'POST', path: `${BUDGET}/categories`, tag: 'budgets', summary: 'Add a category',
    access: org('budgets.write'), params: eventParams, body: createCategorySchema, response: budgetCategorySchema, successStatus: 201, versioned: true,
  }),
  updateCategory: route({
    method: 'PATCH', path: `${BUDGET}/categories/:categoryId`, tag: 'budgets', summary: 'Rename, renumber, move or reorder a category (If-Match required)',
    access: org('budgets.write'), params: categoryParams, body: updateCategorySchema, response: budgetCategorySchema, versioned: true,
  }),
  deleteCategory: route({
    method: 'DELETE', path: `${BUDGET}/categories/:categoryId`, tag: 'budgets', summary: 'Delete an empty category',
    access: org('budgets.write'), params: categoryParams, response: null, successStatus: 204,
  }),
  importLines: route({
    method: 'POST', path: `${BUDGET}/lines/import`, tag: 'budgets',
    summary: 'Import lines all-or-nothing (one bad row: nothing written). Send Idempotency-Key to make retries safe',
    access: org('budgets.write'), params: eventParams, body: importLinesSchema, response: importResultSchema, successStatus: 201,
    bodyLimit: 32 * 1024 * 1024, idempotent: true,
  }),
  exportCsv: route({
    method: 'GET', path: `${BUDGET}/export.csv`, tag: 'budgets', summary: 'All lines as CSV (formula injection neutralized)',
    access: org('budgets.read'), params: eventParams, response: null, produces: 'text/csv',
  }),
  topSheetPdf: route({
    method: 'GET', path: `${BUDGET}/top-sheet.pdf`, tag: 'budgets', summary: 'Top sheet as PDF: estimate, actual and variance by category',
    access: org('budgets.read'), params: eventParams, query: z.object({ locale: z.enum(['id-ID', 'en']).optional() }), response: null,
    produces: 'application/pdf',
  }),
  listBaselines: route({
    method: 'GET', path: `${BUDGET}/baselines`, tag: 'budgets', summary: 'Locked versions of this budget',
    access: org('budgets.read'), params: eventParams, query: pageQuerySchema, response: pageOf(baselineSchema),
  }),
  createBaseline: route({
    method: 'POST', path: `${BUDGET}/baselines`, tag: 'budgets', summary: 'Lock the current budget as a named version',
    access: org('budgets.write'), params: eventParams, body: createBaselineSchema, response: baselineSchema, successStatus: 201,
  }),
  compareBaseline: route({
    method: 'GET', path: `${BUDGET}/baselines/:baselineId/comparison`, tag: 'budgets', summary: 'Current budget against a baseline, by category and line',
    access: org('budgets.read'), params: eventParams.extend({ baselineId: idSchema }), response: baselineComparisonSchema,
  }),
  applyTemplate: route({
    method: 'POST', path: `${BUDGET}/apply-template`, tag: 'budgets', summary: 'Start an empty budget from an organization template',
    access: org('budgets.write'), params: eventParams, body: applyTemplateSchema, response: budgetSchema,
  }),
  listTemplates: route({
    method: 'GET', path: '/api/orgs/:orgId/budget-templates', tag: 'budgets', summary: "The organization's budget templates",
    access: org('budgets.read'), params: orgParams, query: pageQuerySchema, response: pageOf(budgetTemplateSchema),
  }),
  createTemplate: route({
    method: 'POST', path: '/api/orgs/:orgId/budget-templates', tag: 'budgets', summary: "Save an event's budget as a template",
    access: org('budgets.write'), params: orgParams, body: createTemplateSchema, response: budgetTemplateSchema, successStatus: 201,
  }),
  listCommitments: route({
    method: 'GET', path: `${BUDGET}/commitments`, tag: 'budgets', summary: 'Purchase orders and other commitments',
    access: org('budgets.read'), params: eventParams, query: spendListQuerySchema, response: pageOf(commitmentSchema),
  }),
  createCommitment: route({
    method: 'POST', path: `${BUDGET}/commitments`, tag: 'budgets', summary: 'Record a commitment (pending approval above the threshold)',
    access: org('budgets.write'), params: eventParams, body: createCommitmentSchema, response: commitmentSchema, successStatus: 201,
  }),
  decideCommitment: route({
    method: 'POST', path: `${BUDGET}/commitments/:commitmentId/decision`, tag: 'budgets', summary: 'Approve, reject or cancel a commitment',
    access: org('budgets.write'), params: commitmentParams, body: commitmentActionSchema, response: commitmentSchema,
  }),
  listExpenses: route({
    method: 'GET', path: `${BUDGET}/expenses`, tag: 'budgets', summary: 'Expenses and invoices',
    access: org('budgets.read'), params: eventParams, query: spendListQuerySchema, response: pageOf(expenseSchema),
  }),
  createExpense: route({
    method: 'POST', path: `${BUDGET}/expenses`, tag: 'budgets', summary: 'Record an expense (pending approval above the threshold)',
    access: org('budgets.write'), params: eventParams, body: createExpenseSchema, response: expenseSchema, successStatus: 201,
  }),
  decideExpense: route({
    method: 'POST', path: `${BUDGET}/expenses/:expenseId/decision`, tag: 'budgets', summary: 'Approve, reject or mark an expense paid',
    access: org('budgets.write'), params: expenseParams, body: expenseActionSchema, response: expenseSchema,
  }),
  listFringes: route({
    method: 'GET', path: '/api/orgs/:orgId/fringes', tag: 'budgets', summary: 'Fringe and tax rules (PPN, agency fee, BPJS…)',
    access: org('budgets.read'), params: orgParams, query: pageQuerySchema, response: pageOf(fringeRuleSchema),
  }),
  createFringe: route({
    method: 'POST', path: '/api/orgs/:orgId/fringes', tag: 'budgets', summary: 'Add a fringe rule',
    access: org('budgets.write'), params: orgParams, body: createFringeSchema, response: fringeRuleSchema, successStatus: 201, versioned: true,
  }),
  updateFringe: route({
    method: 'PATCH', path: '/api/orgs/:orgId/fringes/:fringeId', tag: 'budgets', summary: 'Change a fringe rule (If-Match required); every line using it is recomputed',
    access: org('budgets.write'), params: fringeParams, body: updateFringeSchema, response: fringeRuleSchema, versioned: true,
  }),
  deleteFringe: route({
    method: 'DELETE', path: '/api/orgs/:orgId/fringes/:fringeId', tag: 'budgets', summary: 'Delete a fringe rule; lines using it are recomputed',
    access: org('budgets.write'), params: fringeParams, response: null, successStatus: 204,
  }),
};

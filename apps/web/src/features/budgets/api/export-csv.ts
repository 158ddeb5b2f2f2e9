import { budgetApi, pathFor } from '@rundown/domain';
import { fetchAndSave } from '../utils/download';

/** Every line as CSV (GET …/export.csv), saved as a file. */
export function downloadBudgetCsv(orgId: string, eventId: string): Promise<void> {
  return fetchAndSave(pathFor(budgetApi.exportCsv.path, { orgId, eventId }), 'budget.csv', 'text/csv');
}

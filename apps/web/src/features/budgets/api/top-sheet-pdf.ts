import { budgetApi, pathFor, type Locale } from '@rundown/domain';
import { fetchAndSave } from '../utils/download';

/** The top sheet as PDF (GET …/top-sheet.pdf?locale=), saved as a file. */
export function downloadTopSheetPdf(orgId: string, eventId: string, locale: Locale): Promise<void> {
  const url = `${pathFor(budgetApi.topSheetPdf.path, { orgId, eventId })}?locale=${encodeURIComponent(locale)}`;
  return fetchAndSave(url, 'top-sheet.pdf', 'application/pdf');
}

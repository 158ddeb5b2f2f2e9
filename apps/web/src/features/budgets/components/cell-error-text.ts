import type { TFunction } from 'i18next';
import type { CellError } from '../utils/grid-columns';

/** A cell error as a sentence. Each error carries its own values, so the key's typed parameters are not known statically. */
export function cellErrorText(t: TFunction, error: CellError): string {
  const translate = t as unknown as (key: string, values: Record<string, string | number>) => string;
  return translate(`budgets.cellErrors.${error.key}`, error.values ?? {});
}

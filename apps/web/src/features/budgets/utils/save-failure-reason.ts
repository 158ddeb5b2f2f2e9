import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, fieldErrorMessage } from '../../../lib/errors';

/**
 * Why a line's save failed, in the reader's language: a validation error names its first field;
 * every other code (e.g. `amount_out_of_range`: a total would pass the largest amount) has its own sentence.
 */
export function saveFailureReason(t: TFunction, language: string, error: unknown): string {
  const field = isApiError(error) && error.code === 'validation_failed' ? error.fieldErrors[0] : undefined;
  return field ? fieldErrorMessage(t, language, field) : errorMessage(t, error);
}

import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError, type ApiError } from './api-client';

/** A sentence for any error, in the current language, from its stable code. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) return t(`errors.${error.code}`);
  return t('errors.internal');
}

const ISSUE_CODES = ['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'custom', 'unsafe_text', 'date_out_of_range', 'duplicate_items'] as const;
type IssueCode = (typeof ISSUE_CODES)[number];

/** Translates a field error sent by the API: the server's words in English, a generic sentence by issue code otherwise. */
export function fieldErrorMessage(t: TFunction, language: string, error: { code: string; message: string }): string {
  if (language === 'en' && error.message) return error.message;
  const code = (ISSUE_CODES as readonly string[]).includes(error.code) ? (error.code as IssueCode) : 'custom';
  return t(`validation.${code}`);
}

/**
 * Puts an API error onto a react-hook-form: field errors (pointers like `/body/email`) onto
 * matching fields; whatever is left becomes the form-level message, which is returned.
 */
export function applyApiErrorToForm<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  t: TFunction,
  language: string,
  /** Codes that belong to one field even without a pointer, e.g. email_taken → email. */
  codeFields: Partial<Record<string, Path<T>>> = {},
): string | null {
  if (!isApiError(error)) return t('errors.internal');
  const apiError: ApiError = error;
  const byField = apiError.fieldErrorsAt('/body');
  let placed = 0;
  for (const [path, fieldError] of Object.entries(byField)) {
    const field = fields.find((f) => f === path || path.startsWith(`${f}.`));
    if (!field) continue;
    setError(field, { type: 'server', message: fieldErrorMessage(t, language, fieldError) }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  const codeField = codeFields[apiError.code];
  if (codeField) {
    setError(codeField, { type: 'server', message: t(`errors.${apiError.code}`) }, { shouldFocus: placed === 0 });
    return null;
  }
  if (placed > 0 && placed === Object.keys(byField).length && apiError.code === 'validation_failed') return null;
  return t(`errors.${apiError.code}`);
}

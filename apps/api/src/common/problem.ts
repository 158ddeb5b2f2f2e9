import { ERROR_TITLE, AppError } from './app-error.js';
import type { Problem } from '@rundown/domain';

/** Framework errors (Nest maps Fastify's body errors to these) by HTTP status. */
const BY_STATUS: Record<number, AppError['code']> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Normalizes anything thrown into an AppError; unknown errors become `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as { getStatus?: () => number; statusCode?: number; message?: string } | null;
  const status = typeof e?.getStatus === 'function' ? e.getStatus() : e?.statusCode;
  const code = status ? BY_STATUS[status] : undefined;
  if (code) return new AppError(code, code === 'validation_failed' ? 'The body is not valid JSON' : undefined);
  const pg = (error as { driverError?: { code?: string }; code?: string } | null)?.driverError ?? (error as { code?: string } | null);
  if (pg?.code === 'ECONNREFUSED' || pg?.code?.startsWith('08') || pg?.code === '57P01') return new AppError('database_unavailable');
  return new AppError('internal');
}

export function problemBody(error: AppError, requestId: string): Problem {
  const body: Problem = {
    type: `https://rundown.app/problems/${error.code.replace(/_/g, '-')}`,
    title: ERROR_TITLE[error.code],
    status: error.status,
    code: error.code,
    requestId,
  };
  if (error.detail && error.detail !== body.title) body.detail = error.detail;
  if (error.extra.errors) body.errors = error.extra.errors;
  if (error.extra.current !== undefined) body.current = error.extra.current;
  return body;
}

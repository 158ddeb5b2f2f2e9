import { ERROR_TITLE, AppError } from './app-error.js';
import type { Problem } from '@rundown/domain';

/** Framework errors (Fastify's, or Nest's HTTP exceptions) by HTTP status. */
const BY_STATUS: Record<number, AppError['code']> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  416: 'range_not_satisfiable',
  429: 'rate_limited',
  431: 'headers_too_large',
};

/** What Fastify's own errors mean for the client, by Fastify's error code. */
const FASTIFY_DETAIL: Record<string, string> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The body is empty; send JSON or no content type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
  FST_ERR_BAD_URL: 'The URL is not valid',
  FST_ERR_MAX_PARAM_LENGTH: 'A path segment is too long',
};

type PgError = { code?: string; constraint?: string };

/**
 * The last line behind the schemas: a value PostgreSQL refuses as data is the client's input,
 * never a 500. Text it cannot store (NUL, bad encoding), a date outside the range its checks
 * (`*_in_range`) or types hold. Other errors stay 500s: they are our bugs.
 */
function fromDataException(pg: PgError): AppError | null {
  if (pg.code === '22021' || pg.code === '22P05') return new AppError('validation_failed', 'The text contains characters that cannot be stored', { errors: [{ pointer: '', code: 'unsafe_text', message: 'Must not contain NUL or invalid Unicode' }] });
  if (pg.code === '22008' || (pg.code === '23514' && pg.constraint?.endsWith('_in_range'))) return new AppError('date_out_of_range');
  // A number no column can hold (int4, int8, numeric): specific checks name the amount before writing; this is the backstop.
  if (pg.code === '22003') return new AppError('value_out_of_range');
  return null;
}

/** Normalizes anything thrown into an AppError; unknown errors become `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // Nest wraps what Fastify reports (a body parser's error, say) in an HttpException, keeping it as the cause.
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof AppError) return cause;
  const e = (cause && typeof cause === 'object' && 'code' in cause ? cause : error) as { getStatus?: () => number; statusCode?: number; code?: string } | null;
  if (e?.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return new AppError('validation_failed', 'The body is not valid JSON');
  const status = typeof e?.getStatus === 'function' ? e.getStatus() : (e?.statusCode ?? (error as { getStatus?: () => number }).getStatus?.());
  const code = status ? BY_STATUS[status] : undefined;
  if (code) return new AppError(code === 'bad_request' && e?.code?.startsWith('FST_ERR_CTP') ? 'validation_failed' : code, FASTIFY_DETAIL[e?.code ?? '']);
  const pg = (error as { driverError?: PgError } | null)?.driverError ?? (error as PgError | null);
  const data = pg?.code ? fromDataException(pg) : null;
  if (data) return data;
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

import type { ErrorCode, FieldError } from '@rundown/domain';

export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  validation_failed: 400,
  bad_request: 400,
  weak_password: 400,
  wrong_password: 400,
  reset_link_invalid: 400,
  two_factor_required: 401,
  two_factor_setup_required: 403,
  unauthenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  invitation_invalid: 404,
  conflict: 409,
  email_taken: 409,
  last_owner: 409,
  already_member: 409,
  invalid_transition: 409,
  double_booking: 409,
  hold_queue: 409,
  precondition_failed: 412,
  amount_out_of_range: 422,
  payload_too_large: 413,
  uri_too_long: 414,
  range_not_satisfiable: 416,
  unsupported_media_type: 415,
  date_out_of_range: 422,
  value_out_of_range: 422,
  precondition_required: 428,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  database_unavailable: 503,
  overloaded: 503,
};

export const ERROR_TITLE: Readonly<Record<ErrorCode, string>> = {
  validation_failed: 'The request has invalid fields',
  bad_request: 'The request is malformed',
  weak_password: 'The password is too weak',
  wrong_password: 'The current password is not correct',
  reset_link_invalid: 'This password reset link is invalid, used or expired',
  two_factor_required: 'Enter the code from your authenticator app',
  two_factor_setup_required: 'Your organization requires two-factor sign-in: turn it on in your account first',
  unauthenticated: 'Sign in to continue',
  invalid_credentials: 'Email or password is incorrect',
  session_expired: 'Your session has ended; sign in again',
  csrf_failed: 'The request could not be verified (CSRF)',
  forbidden: 'Your role does not allow this',
  not_found: 'Not found',
  method_not_allowed: 'This method is not allowed here',
  request_timeout: 'The request took too long to arrive',
  invitation_invalid: 'This invitation is invalid, used, revoked or expired',
  conflict: 'This conflicts with existing data',
  email_taken: 'An account with this email already exists',
  last_owner: 'An organization must keep at least one owner',
  already_member: 'Already a member of this organization',
  invalid_transition: 'This status change is not allowed',
  double_booking: 'This space is already confirmed for another event at that time',
  hold_queue: 'Earlier tentative holds are queued for this space; confirm again to jump the queue',
  precondition_failed: 'Someone else changed this since you loaded it',
  payload_too_large: 'The request body is too large',
  uri_too_long: 'The URL is too long',
  range_not_satisfiable: 'The requested range is not in the file',
  date_out_of_range: 'A date would fall outside 0001-01-01 … 9999-12-31',
  value_out_of_range: 'A number is too large to store',
  unsupported_media_type: 'Send the body as application/json',
  precondition_required: 'Send If-Match with the version you loaded',
  amount_out_of_range: 'An amount or total would exceed the largest amount Rundown accepts',
  rate_limited: 'Too many attempts; try again later',
  headers_too_large: 'The request headers are too large',
  internal: 'Something went wrong on our side',
  database_unavailable: 'The database is unavailable',
  overloaded: 'The service is busy; try again in a moment',
};

/** The one error type modules throw; the problem filter turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; current?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? ERROR_TITLE[code]);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (detail?: string) => new AppError('not_found', detail);

/** A 400 naming one field of the request (a JSON pointer), e.g. an id that points nowhere. */
export const fieldError = (pointer: string, message: string, code = 'invalid_reference') =>
  new AppError('validation_failed', undefined, { errors: [{ pointer, code, message }] });

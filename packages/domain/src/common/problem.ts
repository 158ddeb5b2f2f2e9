import { z } from 'zod';

/** Stable machine-readable error codes. The web maps each to a sentence in both languages. */
export const errorCodeSchema = z.enum([
  'validation_failed',
  'bad_request',
  'unauthenticated',
  'invalid_credentials',
  'session_expired',
  'csrf_failed',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'request_timeout',
  'conflict',
  'email_taken',
  'weak_password',
  'last_owner',
  'invitation_invalid',
  'wrong_password',
  'reset_link_invalid',
  'two_factor_required',
  'two_factor_setup_required',
  'already_member',
  'invalid_transition',
  'double_booking',
  'hold_queue',
  'precondition_failed',
  'precondition_required',
  'amount_out_of_range',
  'payload_too_large',
  'uri_too_long',
  'range_not_satisfiable',
  'headers_too_large',
  'unsupported_media_type',
  'date_out_of_range',
  'value_out_of_range',
  'rate_limited',
  'database_unavailable',
  'overloaded',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldErrorSchema = z.object({
  /** RFC 6901 JSON pointer into the request, e.g. `/body/email`. */
  pointer: z.string(),
  message: z.string(),
  code: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, as every error response is shaped. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: errorCodeSchema,
    requestId: z.string(),
    errors: z.array(fieldErrorSchema).optional(),
    current: z.unknown().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

/** Turns zod issues into JSON-pointer field errors, prefixed by where the input came from. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], prefix: string): FieldError[] {
  return issues.map((issue) => ({
    pointer: [prefix, ...issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1'))].join('/'),
    message: issue.message,
    code: issue.code === 'custom' && typeof issue.params?.reason === 'string' ? issue.params.reason : issue.code,
  }));
}

import {
  api,
  csrfSchema,
  pathFor,
  problemSchema,
  type ErrorCode,
  type FieldError,
  type RouteDef,
} from '@rundown/domain';
import type { z } from 'zod';

/** Codes the client itself produces, beside the API's stable error codes. */
export type ClientErrorCode = 'network' | 'invalid_response';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** A failed API call: the RFC 9457 problem, or a network/contract failure, in one shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  /** On 412, the resource as it is now on the server. */
  readonly current: unknown;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    title: string;
    detail?: string;
    fieldErrors?: FieldError[];
    current?: unknown;
    requestId?: string;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.current = init.current;
    this.requestId = init.requestId;
  }

  /**
   * Field errors under a pointer prefix, keyed by dotted form-field path:
   * `/body/email` → `email`, `/body/lines/0/amount` → `lines.0.amount`.
   */
  fieldErrorsAt(prefix = '/body'): Record<string, FieldError> {
    const out: Record<string, FieldError> = {};
    for (const error of this.fieldErrors) {
      if (!error.pointer.startsWith(`${prefix}/`)) continue;
      const path = error.pointer
        .slice(prefix.length + 1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join('.');
      if (path && !(path in out)) out[path] = error;
    }
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  428: 'precondition_required',
  429: 'rate_limited',
  503: 'database_unavailable',
};

/** Turns any non-2xx response into an ApiError; problem+json bodies keep their code and fields. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  let body: unknown = undefined;
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
  }
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) {
    const problem = parsed.data;
    return new ApiError({
      status: problem.status || response.status,
      code: problem.code,
      title: problem.title,
      detail: problem.detail,
      fieldErrors: problem.errors,
      current: problem.current,
      requestId: problem.requestId,
    });
  }
  return new ApiError({
    status: response.status,
    code: STATUS_CODES[response.status] ?? 'internal',
    title: response.statusText || `HTTP ${response.status}`,
  });
}

// ---------------------------------------------------------------------------------------------
// CSRF: one token per session, fetched lazily, cached, refreshed after the session changes.

let csrfToken: string | null = null;
let csrfRequest: Promise<string | null> | null = null;

async function fetchCsrfToken(): Promise<string | null> {
  const response = await fetch(api.auth.csrf.path, {
    method: 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (response.status === 401) return null; // no session: nothing to protect yet
  if (!response.ok) throw await errorFromResponse(response);
  return csrfSchema.parse(await response.json()).token;
}

/** The cached token, fetching it once if missing. Null when there is no session. */
export function getCsrfToken(): Promise<string | null> {
  if (csrfToken) return Promise.resolve(csrfToken);
  if (!csrfRequest) {
    csrfRequest = fetchCsrfToken()
      .then((token) => {
        csrfToken = token;
        return token;
      })
      .finally(() => {
        csrfRequest = null;
      });
  }
  return csrfRequest;
}

export function clearCsrfToken(): void {
  csrfToken = null;
  csrfRequest = null;
}

export function refreshCsrfToken(): Promise<string | null> {
  clearCsrfToken();
  return getCsrfToken();
}

/** Routes after which the session cookie is new, so the CSRF token must be too. */
const SESSION_STARTING: ReadonlySet<RouteDef> = new Set<RouteDef>([
  api.auth.login,
  api.auth.signup,
  api.invitations.register,
]);

// ---------------------------------------------------------------------------------------------
// Typed calls from the route contract.

type Schema = z.ZodType;
type Field<R, K extends string> = R extends { [P in K]: infer S extends Schema } ? z.input<S> : never;

export type CallOptions<R extends RouteDef> = (R extends { params: Schema }
  ? { params: Field<R, 'params'> }
  : { params?: undefined }) &
  (R extends { body: Schema } ? { body: Field<R, 'body'> } : { body?: undefined }) &
  (R extends { query: Schema } ? { query?: Partial<Field<R, 'query'>> } : { query?: undefined }) &
  /**
   * What the contract declares for the route's headers, and nothing else: a versioned write
   * must name the version the client last saw (sent as `If-Match: "<version>"`; null sends
   * `If-None-Match: *` to create where the route allows it); an idempotent route may take a key.
   */
  (R extends { versioned: true | 'item'; method: 'PATCH' | 'PUT' | 'DELETE' }
    ? { ifMatch: R extends { createIfAbsent: true } ? number | null : number }
    : { ifMatch?: undefined }) &
  (R extends { idempotent: true } ? { idempotencyKey?: string } : { idempotencyKey?: undefined }) & {
    signal?: AbortSignal;
  };

/** The response; a route with a narrower form for some roles may answer either. */
export type CallResult<R extends RouteDef> = R['response'] extends infer S extends Schema
  ? R extends { restrictedResponse: { schema: infer T extends Schema } }
    ? z.output<S> | z.output<T>
    : z.output<S>
  : void;

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Calls one route of the contract: fills the path, sends JSON with the session cookie and
 * the CSRF token, parses the success body with the route's response schema and turns every
 * failure into an ApiError.
 */
export async function call<R extends RouteDef>(route: R, options: CallOptions<R> = {} as CallOptions<R>): Promise<CallResult<R>> {
  const { params, query, body, ifMatch, idempotencyKey, signal } = options as {
    params?: Record<string, string>;
    query?: Record<string, unknown>;
    body?: unknown;
    ifMatch?: number | null;
    idempotencyKey?: string;
    signal?: AbortSignal;
  };
  const url = pathFor(route.path, params ?? {}) + queryString(query);
  const unsafe = !SAFE_METHODS.has(route.method);

  const send = async (csrf: string | null): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (unsafe && csrf) headers['x-csrf-token'] = csrf;
    if (ifMatch === null) headers['if-none-match'] = '*';
    else if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    try {
      return await fetch(url, {
        method: route.method,
        credentials: 'same-origin',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError({ status: 0, code: 'network', title: 'Network error' });
    }
  };

  // Public routes (log in, sign up) may be called without a session: use a token only if we hold one.
  let csrf = unsafe ? (route.access.kind === 'public' ? csrfToken : await getCsrfToken().catch(() => null)) : null;
  let response = await send(csrf);

  if (!response.ok) {
    let error = await errorFromResponse(response);
    if (unsafe && error.status === 403 && error.code === 'csrf_failed') {
      csrf = await refreshCsrfToken().catch(() => null);
      response = await send(csrf);
      if (!response.ok) error = await errorFromResponse(response);
    }
    if (!response.ok) {
      if (error.status === 401) clearCsrfToken();
      throw error;
    }
  }

  if (route === api.auth.logout) clearCsrfToken();
  if (SESSION_STARTING.has(route)) await refreshCsrfToken().catch(() => null);

  if (route.response === null || response.status === 204) return undefined as CallResult<R>;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError({ status: response.status, code: 'invalid_response', title: 'Invalid response' });
  }
  let parsed = route.response.safeParse(json);
  if (!parsed.success && route.restrictedResponse) parsed = route.restrictedResponse.schema.safeParse(json);
  if (!parsed.success) {
    console.error(`Response of ${route.method} ${route.path} does not match its schema`, parsed.error.issues);
    throw new ApiError({ status: response.status, code: 'invalid_response', title: 'Invalid response' });
  }
  return parsed.data as CallResult<R>;
}

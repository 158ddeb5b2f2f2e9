import { budgetApi, importResultSchema, pathFor, type ImportRow } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, errorFromResponse, getCsrfToken, refreshCsrfToken } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export type ImportProgress = { loaded: number; total: number };

function post(url: string, body: string, headers: Record<string, string>, onProgress?: (p: ImportProgress) => void, signal?: AbortSignal) {
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : body.length });
    xhr.onload = () =>
      resolve(
        new Response(xhr.status === 204 ? null : xhr.responseText, {
          status: xhr.status,
          headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
        }),
      );
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network', title: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/**
 * All-or-nothing import (POST …/lines/import) through XMLHttpRequest, so a large upload can
 * report its progress. The Idempotency-Key makes a retry of the same rows safe: the server
 * answers it with the first result instead of importing twice.
 */
export async function importLines(options: {
  orgId: string;
  eventId: string;
  rows: ImportRow[];
  idempotencyKey: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}): Promise<{ created: number }> {
  const url = pathFor(budgetApi.importLines.path, { orgId: options.orgId, eventId: options.eventId });
  const body = JSON.stringify({ rows: options.rows });
  const send = async (csrf: string | null) =>
    post(
      url,
      body,
      {
        accept: 'application/json, application/problem+json',
        'content-type': 'application/json',
        'idempotency-key': options.idempotencyKey,
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      options.onProgress,
      options.signal,
    );
  let response = await send(await getCsrfToken().catch(() => null));
  if (response.status === 403) {
    const error = await errorFromResponse(response.clone());
    if (error.code === 'csrf_failed') response = await send(await refreshCsrfToken().catch(() => null));
  }
  if (!response.ok) throw await errorFromResponse(response);
  const parsed = importResultSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError({ status: response.status, code: 'invalid_response', title: 'Invalid response' });
  return parsed.data;
}

export function useImportLines(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { rows: ImportRow[]; idempotencyKey: string; onProgress?: (p: ImportProgress) => void }) =>
      importLines({ orgId, eventId, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.event(orgId, eventId) }),
  });
}

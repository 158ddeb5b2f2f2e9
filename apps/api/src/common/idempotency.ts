import { createHash } from 'node:crypto';
import { AppError } from './app-error.js';
import type { TenantTx } from './database.service.js';

/**
 * Runs `work` once per Idempotency-Key within an organization: a retry with the same key and
 * the same request gets the first answer; the same key with another request is a 409. The
 * key row is written in the caller's transaction, so a failed attempt leaves no trace and a
 * concurrent duplicate waits on the row lock, then replays.
 */
export async function idempotent<T>(tx: TenantTx, key: string | undefined, request: unknown, work: () => Promise<T>): Promise<T> {
  // The key's form is checked where the contract's headers are read (ContractInterceptor).
  if (key === undefined) return work();
  const hash = createHash('sha256').update(JSON.stringify(request)).digest();
  const [claimed] = await tx.query(
    `INSERT INTO idempotency_keys (organization_id, key, request_hash, status, response) VALUES ($1, $2, $3, 0, 'null')
     ON CONFLICT DO NOTHING RETURNING 1`,
    [tx.orgId, key, hash],
  );
  if (!claimed) {
    const [previous] = await tx.query<{ request_hash: Buffer; response: T }>(
      `SELECT request_hash, response FROM idempotency_keys WHERE organization_id = $1 AND key = $2`,
      [tx.orgId, key],
    );
    if (!previous || !previous.request_hash.equals(hash)) throw new AppError('conflict', 'This Idempotency-Key was used for a different request');
    return previous.response;
  }
  const result = await work();
  await tx.execute(`UPDATE idempotency_keys SET status = 200, response = $3 WHERE organization_id = $1 AND key = $2`, [
    tx.orgId,
    key,
    JSON.stringify(result),
  ]);
  return result;
}

import { describe, expect, it } from 'vitest';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

// A pool of two, a short wait for a connection, a queue of three and a one-second statement timeout
// (ten seconds in the bulk class).
const t = useTestApp({
  DATABASE_POOL_SIZE: '2', DATABASE_POOL_WAIT_MS: '200', DATABASE_POOL_QUEUE: '3', DATABASE_STATEMENT_TIMEOUT_MS: '1000', DATABASE_BULK_STATEMENT_TIMEOUT_MS: '10000',
});

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

describe('overload', () => {
  it('answers 503 with Retry-After within its bounds when every connection is busy, never 500; health stays up', async () => {
    const owner = await new TestClient(t.app).signup('busy');
    const url = `/api/orgs/${owner.orgId}/events`;
    expect((await owner.get(url)).status).toBe(200);

    // Someone holds the events table: every list request blocks on it and holds its connection.
    const blocker = await t.sql.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
    try {
      const requests = Array.from({ length: 10 }, () => timed(() => owner.get(url)));
      // Health has its own connection: it answers while the pool is exhausted.
      await new Promise((r) => setTimeout(r, 100));
      const health = await timed(() => new TestClient(t.app).get('/api/health'));
      expect(health.result.status).toBe(200);
      expect(health.ms).toBeLessThan(500);

      const answers = await Promise.all(requests);
      for (const { result, ms } of answers) {
        expect(result.status, JSON.stringify(result.body)).toBe(503);
        expect(result.body.code).toBe('overloaded');
        expect(result.headers['retry-after']).toBe('1');
        // The statement timeout (1 s) bounds the two that held connections; the rest waited 200 ms at most.
        expect(ms).toBeLessThan(2500);
      }
      // Those past the queue were told at once, those in it after the wait, the two holding connections after the timeout.
      const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
      expect(sorted[0]).toBeLessThan(900);
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    // Once the table is free the same request succeeds.
    expect((await owner.get(url)).status).toBe(200);
  });

  it('gives the bulk class (an export) its own, longer statement timeout', async () => {
    const owner = await new TestClient(t.app).signup('bulk');
    const event = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent())).body.id;
    const budget = `/api/orgs/${owner.orgId}/events/${event}/budget`;
    expect((await owner.get(budget)).status).toBe(200);
    const blocker = await t.sql.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE budget_lines IN ACCESS EXCLUSIVE MODE');
    const release = setTimeout(() => void blocker.query('ROLLBACK').finally(() => blocker.release()), 1500);
    try {
      // Both wait 1.5 s for the table: the request-class read is cancelled at 1 s, the export is not.
      const [lines, csv] = await Promise.all([owner.get(`${budget}/lines`), owner.get(`${budget}/export.csv`)]);
      expect(lines.status).toBe(503);
      expect(csv.status).toBe(200);
    } finally {
      clearTimeout(release);
    }
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { PgChannel } from '../src/common/pg-channel.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

describe('PgChannel', () => {
  const received: string[] = [];
  const lost: Error[] = [];
  let channel: PgChannel;

  afterAll(() => channel.close());

  it('has every message of a transaction committed before a round trip once the round trip returns', async () => {
    channel = new PgChannel(t.sql, 'pg_channel_test', { message: (m) => received.push(m), lost: (e) => lost.push(e) });
    await channel.open();
    // What VendorTasksCache relies on: commit elsewhere, then a round trip here, and the message is in.
    for (let i = 0; i < 200; i++) {
      await t.sql.query(`SELECT pg_notify('pg_channel_test', $1)`, [String(i)]);
      await channel.roundTrip();
      expect(received.at(-1)).toBe(String(i));
    }
    expect(lost).toEqual([]);
  });

  it('reports the connection lost when its backend goes, and listens again on open()', async () => {
    await t.sql.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'listen:pg_channel_test'`);
    await expect(channel.roundTrip()).rejects.toThrow();
    expect(channel.isOpen).toBe(false);
    expect(lost.length).toBeGreaterThan(0);
    await channel.open();
    await t.sql.query(`SELECT pg_notify('pg_channel_test', 'again')`);
    await channel.roundTrip();
    expect(received.at(-1)).toBe('again');
  });
});

import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Page, VendorTask } from '@rundown/domain';
import { DatabaseService } from '../../common/database.service.js';
import type { PgChannel } from '../../common/pg-channel.js';

/** Users whose pages are kept at most: past it, the idle ones go, and if none is idle, all. */
const MAX_USERS = 10_000;
/** Pages kept per user at most (filters and scrolled pages); past it, the user's start over. */
const MAX_PAGES = 20;
/** A user's pages unread this long are dropped when room is needed. */
const IDLE_MS = 5 * 60_000;
/** Waits between failed attempts to listen again; past the list, the last one repeats. */
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** A user's kept pages, and the organizations they were read from (null while the first read is under way). */
type Entry = { orgIds: Set<string> | null; pages: Map<string, Promise<Page<VendorTask>>>; until: number };

export type LoadedPage = { page: Page<VendorTask>; orgIds: string[] };

/**
 * The vendor's "My tasks" pages, kept per user until something they show changes.
 *
 * Triggers (migration 1764450000000) NOTIFY `vendor_tasks_changed` at commit: `org:<id>` when
 * anything of that organization a page shows changes, `user:<id>` when the user's vendor links
 * or memberships change, `all` when someone is renamed. Every replica LISTENs and drops the pages
 * a message touches. Before answering, a read makes a round trip on the listening connection:
 * PostgreSQL delivers pending messages first, so a page is never older than the last change
 * committed before the request arrived — the same answer a fresh read gives. Concurrent reads
 * share one round trip.
 *
 * While the channel is not listening nothing is kept and every read goes to the database; when
 * it drops, everything kept is forgotten (messages may have been missed), and it listens again
 * on a later read, backing off while that fails.
 */
@Injectable()
export class VendorTasksCache implements OnModuleDestroy {
  private readonly logger = new Logger(VendorTasksCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly channel: PgChannel;
  private syncing: Promise<void> | null = null;
  private nextSync: Promise<void> | null = null;
  private failedOpens = 0;
  private nextOpenAt = 0;

  constructor(db: DatabaseService) {
    this.channel = db.channel('vendor_tasks_changed', {
      message: (payload) => this.forget(payload),
      lost: (error) => {
        this.entries.clear();
        this.logger.warn(`"My tasks" cache stopped (${error.message}); reads go to the database until it listens again`);
      },
    });
  }

  /** The page under `key` for `userId`: kept, or loaded with `load` (and kept if nothing changed meanwhile). */
  async read(userId: string, key: string, load: () => Promise<LoadedPage>): Promise<Page<VendorTask>> {
    if (!this.channel.isOpen) {
      this.listen();
      return (await load()).page;
    }
    try {
      await this.sync();
    } catch {
      return (await load()).page;
    }
    const now = Date.now();
    let entry = this.entries.get(userId);
    if (!entry || entry.until < now) {
      this.makeRoom(now);
      entry = { orgIds: null, pages: new Map(), until: 0 };
      this.entries.set(userId, entry);
    }
    entry.until = now + IDLE_MS;
    const kept = entry.pages.get(key);
    if (kept) return kept;
    if (entry.pages.size >= MAX_PAGES) entry.pages.clear();
    const loading = load().then(({ page, orgIds }) => {
      // A message that touched this user while the page was read dropped the entry: not kept.
      if (this.entries.get(userId) === entry) entry.orgIds = new Set(orgIds);
      return page;
    });
    entry.pages.set(key, loading);
    loading.catch(() => entry.pages.delete(key));
    return loading;
  }

  /** Drops what a change announced as `org:<id>`, `user:<id>` or `all` touches. */
  forget(change: string): void {
    const [kind, id] = change.split(':');
    if (kind === 'user') this.entries.delete(id!);
    else if (kind === 'org') {
      for (const [userId, entry] of this.entries) if (entry.orgIds === null || entry.orgIds.has(id!)) this.entries.delete(userId);
    } else this.entries.clear();
  }

  private makeRoom(now: number): void {
    if (this.entries.size < MAX_USERS) return;
    for (const [userId, entry] of this.entries) if (entry.until < now) this.entries.delete(userId);
    if (this.entries.size >= MAX_USERS) this.entries.clear();
  }

  /** Starts listening, unless an attempt failed recently (then reads go to the database meanwhile). */
  private listen(): void {
    if (Date.now() < this.nextOpenAt) return;
    this.nextOpenAt = Number.POSITIVE_INFINITY;
    this.channel.open().then(
      () => {
        this.failedOpens = 0;
        this.nextOpenAt = 0;
      },
      (error: Error) => {
        const wait = RETRY_MS[Math.min(this.failedOpens++, RETRY_MS.length - 1)]!;
        this.nextOpenAt = Date.now() + wait;
        this.logger.warn(`"My tasks" cache cannot listen (${error.message}); trying again in ${wait / 1000} s`);
      },
    );
  }

  /** A round trip that starts after this call; callers arriving during one share the next. */
  private sync(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.channel.roundTrip().finally(() => {
        this.syncing = null;
      });
      return this.syncing;
    }
    this.nextSync ??= this.syncing
      .catch(() => undefined)
      .then(() => {
        this.nextSync = null;
        return this.sync();
      });
    return this.nextSync;
  }

  async onModuleDestroy(): Promise<void> {
    await this.channel.close();
  }
}

import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Page, VendorTask } from '@rundown/domain';
import { ChangeFeed } from '../../common/change-feed.js';
import { DatabaseService } from '../../common/database.service.js';

/** Users whose pages are kept at most: past it, the idle ones go, and if none is idle, all. */
const MAX_USERS = 10_000;
/** Pages kept per user at most (filters and scrolled pages); past it, the user's start over. */
const MAX_PAGES = 20;
/** A user's pages unread this long are dropped: on the user's next read, or when room is needed. */
const IDLE_MS = 5 * 60_000;

/** A user's kept pages, and the organizations they come from (null until read). */
type Entry = { orgIds: Set<string> | null; pages: Map<string, Promise<Page<VendorTask>>>; until: number };

/**
 * The vendor's "My tasks" pages, kept per user until something they show changes.
 *
 * Triggers (migration 1764450000000) NOTIFY `vendor_tasks_changed` at commit: `org:<id>` when
 * anything of that organization a page shows changes, `user:<id>` when the user's vendor links
 * or memberships change, `all` when someone is renamed. Every replica LISTENs and drops the pages
 * a message touches; `ChangeFeed` makes a kept page as fresh as a read from the database.
 */
@Injectable()
export class VendorTasksCache implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  private readonly feed: ChangeFeed;

  constructor(db: DatabaseService) {
    this.feed = new ChangeFeed(db, 'vendor_tasks_changed', '"My tasks" pages', {
      forget: (payload) => this.forget(payload),
      forgetAll: () => this.entries.clear(),
    });
  }

  /**
   * The page under `key` for `userId`: kept, or loaded with `loadPage` (and kept until a change
   * touches it). `loadOrgIds` says which organizations the user's pages come from; it is read once
   * per kept entry (a change to that list drops the entry) and not at all while nothing is kept.
   */
  async read(userId: string, key: string, loadPage: () => Promise<Page<VendorTask>>, loadOrgIds: () => Promise<string[]>): Promise<Page<VendorTask>> {
    if (!(await this.feed.caughtUp())) return loadPage();
    const now = Date.now();
    let entry = this.entries.get(userId);
    if (!entry || entry.until < now) {
      this.makeRoom(now);
      const fresh: Entry = { orgIds: null, pages: new Map(), until: 0 };
      this.entries.set(userId, fresh);
      // Until the list is in, any organization's change drops the entry (see `forget`).
      loadOrgIds().then(
        (ids) => {
          if (this.entries.get(userId) === fresh) fresh.orgIds = new Set(ids);
        },
        () => {
          if (this.entries.get(userId) === fresh) this.entries.delete(userId);
        },
      );
      entry = fresh;
    }
    entry.until = now + IDLE_MS;
    const kept = entry.pages.get(key);
    if (kept) return kept;
    if (entry.pages.size >= MAX_PAGES) entry.pages.clear();
    const pages = entry.pages;
    const loading = loadPage();
    pages.set(key, loading);
    loading.catch(() => {
      if (pages.get(key) === loading) pages.delete(key);
    });
    return loading;
  }

  /** Drops what a change announced as `org:<id>`, `user:<id>` or `all` touches. */
  private forget(change: string): void {
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

  async onModuleDestroy(): Promise<void> {
    await this.feed.close();
  }
}

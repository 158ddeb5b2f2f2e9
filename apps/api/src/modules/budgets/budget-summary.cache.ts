import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { BudgetSummary } from '@rundown/domain';
import { ChangeFeed } from '../../common/change-feed.js';
import { DatabaseService } from '../../common/database.service.js';

/** Summaries kept at most; past it, all are dropped and kept again as they are read. */
const MAX_SUMMARIES = 10_000;

/**
 * Budget summaries (the top sheet and the grid's totals), kept per organization and event until a
 * change to them is committed: triggers (migration 1764500000000) NOTIFY `budget_changed` with
 * `<organization id>:<event id>`, and `ChangeFeed` makes a kept summary as fresh as a read from
 * the database. Who may read one is decided before (the route's role); the key carries the
 * organization, so an event id asked for under another organization never meets a kept summary.
 */
@Injectable()
export class BudgetSummaryCache implements OnModuleDestroy {
  private readonly kept = new Map<string, Promise<BudgetSummary>>();
  private readonly feed: ChangeFeed;

  constructor(db: DatabaseService) {
    this.feed = new ChangeFeed(db, 'budget_changed', 'budget summaries', {
      forget: (key) => this.kept.delete(key),
      forgetAll: () => this.kept.clear(),
    });
  }

  /** The event's summary: kept, or loaded with `load` (and kept unless it changed meanwhile). */
  async read(orgId: string, eventId: string, load: () => Promise<BudgetSummary>): Promise<BudgetSummary> {
    if (!(await this.feed.caughtUp())) return load();
    // As the triggers print them: ids in a URL may come in upper case.
    const key = `${orgId}:${eventId}`.toLowerCase();
    const kept = this.kept.get(key);
    if (kept) return kept;
    if (this.kept.size >= MAX_SUMMARIES) this.kept.clear();
    // Kept from the start, so concurrent reads share it; a change announced meanwhile drops it.
    const loading = load();
    this.kept.set(key, loading);
    loading.catch(() => {
      if (this.kept.get(key) === loading) this.kept.delete(key);
    });
    return loading;
  }

  async onModuleDestroy(): Promise<void> {
    await this.feed.close();
  }
}

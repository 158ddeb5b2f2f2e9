import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ChangeFeed } from '../../common/change-feed.js';
import { DatabaseService } from '../../common/database.service.js';
import { KeptResponse } from '../../common/kept-response.js';

/** Schedules kept at most (a 2,000-task one is ~0.5 MB with its JSON); past it, all are dropped and kept again as read. */
const MAX_SCHEDULES = 500;

/**
 * An event's schedule (critical path, slack), kept per organization and event until a change to
 * it is committed: triggers (migration 1764650000001) NOTIFY `schedule_changed` with
 * `<organization id>:<event id>` when a task is added, removed, moved or resized, or a dependency
 * changes; `ChangeFeed` makes a kept schedule as fresh as a read from the database (as
 * `BudgetSummaryCache` does for budget summaries). It is kept as a `KeptResponse`, so the ~400 KB
 * answer of a 2,000-task schedule is serialized once, not per request. Who may read it is decided
 * before (the route's role); the key carries the organization.
 */
@Injectable()
export class ScheduleCache<T = unknown> implements OnModuleDestroy {
  private readonly kept = new Map<string, Promise<KeptResponse<T>>>();
  private readonly feed: ChangeFeed;

  constructor(db: DatabaseService) {
    this.feed = new ChangeFeed(db, 'schedule_changed', 'schedules', {
      forget: (key) => this.kept.delete(key),
      forgetAll: () => this.kept.clear(),
    });
  }

  /** The event's schedule: kept, or computed with `load` (and kept unless it changed meanwhile). */
  async read(orgId: string, eventId: string, load: () => Promise<T>): Promise<KeptResponse<T>> {
    if (!(await this.feed.caughtUp())) return new KeptResponse(await load());
    // As the triggers print them: ids in a URL may come in upper case.
    const key = `${orgId}:${eventId}`.toLowerCase();
    const kept = this.kept.get(key);
    if (kept) return kept;
    if (this.kept.size >= MAX_SCHEDULES) this.kept.clear();
    // Kept from the start, so concurrent reads share it; a change announced meanwhile drops it.
    const loading = load().then((value) => new KeptResponse(value));
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

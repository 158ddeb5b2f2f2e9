import {
  budgetApi,
  budgetLineSchema,
  type BudgetLine,
  type BudgetSummary,
  type CurrencyCode,
  type FringeRuleDto,
  type UpdateLineInput,
} from '@rundown/domain';
import { hashKey, useIsMutating, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { call, isApiError } from '../../../lib/api-client';
import { adjustSummary, applyLinePatch } from '../utils/optimistic';
import { budgetKeys } from './keys';
import type { LinesData } from './list-lines';

/** PATCH with `If-Match: "<version>"`: a stale version answers 412 with the line as it is now. */
export const updateLine = (orgId: string, eventId: string, lineId: string, version: number, body: UpdateLineInput) =>
  call(budgetApi.updateLine, { params: { orgId, eventId, lineId }, body, ifMatch: version });

/** Someone else saved the line first. `mine` holds every change of ours that was not saved. */
export class LineConflictError extends Error {
  constructor(
    readonly current: BudgetLine,
    readonly mine: UpdateLineInput,
    /** The line as this person had it when they made the change. */
    readonly previous: BudgetLine,
  ) {
    super('precondition_failed');
    this.name = 'LineConflictError';
  }
}

/** The line was deleted by someone else. */
export class LineGoneError extends Error {
  constructor(readonly lineId: string) {
    super('not_found');
    this.name = 'LineGoneError';
  }
}

/** A change that was not sent because an earlier change of the same line hit a conflict. */
class SupersededError extends Error {}

type Entry = { seq: number; lineId: string; patch: UpdateLineInput; cancelled: boolean; error?: unknown };
type LineState = {
  /** The last version the server confirmed. */
  confirmed: BudgetLine;
  /** The version the cached summary counts (it is refetched only when nothing is in flight). */
  summaryBase: BudgetLine;
  entries: Entry[];
  held: UpdateLineInput | null;
  tail: Promise<unknown>;
};

export type LineSyncContext = { budgetCurrency: CurrencyCode; fringes: readonly FringeRuleDto[] };

/**
 * Keeps edited lines consistent while their PATCHes are in flight. For each line it holds the
 * last version the server confirmed and the changes still pending; what the grid shows is the
 * pending changes applied to the confirmed line, recomputed with the domain's `lineEstimate`.
 * Changes to one line go out one after another (each with the version the previous returned);
 * a failure rolls back only that change; a 412 keeps the user's changes aside until they choose
 * to reload the other version or re-apply theirs.
 */
export class LineSync {
  private states = new Map<string, LineState>();
  private queued = new Map<string, BudgetLine | null>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private seq = 0;
  private index: { lines: BudgetLine[]; byId: Map<string, BudgetLine> } | null = null;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly orgId: string,
    private readonly eventId: string,
    public context: LineSyncContext,
  ) {}

  private get linesKey() {
    return budgetKeys.lines(this.orgId, this.eventId);
  }

  /** The line as the grid shows it now. */
  shown(lineId: string): BudgetLine | undefined {
    if (this.queued.has(lineId)) return this.queued.get(lineId) ?? undefined;
    const lines = this.queryClient.getQueryData<LinesData>(this.linesKey)?.lines ?? [];
    if (this.index?.lines !== lines) this.index = { lines, byId: new Map(lines.map((l) => [l.id, l])) };
    return this.index.byId.get(lineId);
  }

  pendingCount(): number {
    let n = 0;
    for (const state of this.states.values()) n += state.entries.length;
    return n;
  }

  hasHeld(lineId: string): boolean {
    return Boolean(this.states.get(lineId)?.held);
  }

  begin(lineId: string, patch: UpdateLineInput): Entry | null {
    const shown = this.shown(lineId);
    if (!shown) return null;
    let state = this.states.get(lineId);
    if (!state) {
      state = { confirmed: shown, summaryBase: shown, entries: [], held: null, tail: Promise.resolve() };
      this.states.set(lineId, state);
    }
    const entry: Entry = { seq: ++this.seq, lineId, patch, cancelled: false };
    state.entries.push(entry);
    void this.queryClient.cancelQueries({ queryKey: budgetKeys.summary(this.orgId, this.eventId) });
    this.render(lineId, true);
    return entry;
  }

  /** Sends the change once the earlier changes of the same line are done. */
  run(entry: Entry): Promise<BudgetLine> {
    const state = this.states.get(entry.lineId)!;
    const result = state.tail.then(
      () => this.send(entry, state),
      () => this.send(entry, state),
    );
    state.tail = result.catch(() => undefined);
    return result;
  }

  private send(entry: Entry, state: LineState): Promise<BudgetLine> {
    if (entry.cancelled) return Promise.reject(new SupersededError());
    return updateLine(this.orgId, this.eventId, entry.lineId, state.confirmed.version, entry.patch);
  }

  confirm(entry: Entry, line: BudgetLine): void {
    const state = this.states.get(entry.lineId);
    if (!state) return;
    state.confirmed = line;
    state.entries = state.entries.filter((e) => e !== entry);
    this.render(entry.lineId, false);
    this.cleanup(entry.lineId);
  }

  /** Undoes the failed change and records the error the caller gets. */
  fail(entry: Entry, error: unknown): void {
    const state = this.states.get(entry.lineId);
    if (!state) return;
    if (error instanceof SupersededError) {
      entry.error = error;
      state.entries = state.entries.filter((e) => e !== entry);
      this.cleanup(entry.lineId);
      return;
    }
    if (isApiError(error) && error.status === 412) {
      const current = budgetLineSchema.safeParse(error.current);
      if (current.success) {
        // Everything of ours still waiting for this line joins the conflict instead of overwriting theirs.
        const later = state.entries.filter((e) => e.seq > entry.seq);
        for (const e of later) e.cancelled = true;
        const mine = Object.assign({}, state.held ?? {}, entry.patch, ...later.map((e) => e.patch)) as UpdateLineInput;
        const previous = state.confirmed;
        state.confirmed = current.data;
        state.held = mine;
        state.entries = state.entries.filter((e) => e !== entry && !later.includes(e));
        entry.error = new LineConflictError(current.data, mine, previous);
        this.render(entry.lineId, true);
        return;
      }
    }
    if (isApiError(error) && error.status === 404) {
      this.states.delete(entry.lineId);
      this.queue(entry.lineId, null);
      this.flush();
      entry.error = new LineGoneError(entry.lineId);
      return;
    }
    entry.error = error;
    state.entries = state.entries.filter((e) => e !== entry);
    this.render(entry.lineId, true);
    this.cleanup(entry.lineId);
  }

  /** Drops our kept-aside changes: the grid shows their version. */
  takeTheirs(lineId: string): void {
    const state = this.states.get(lineId);
    if (!state) return;
    state.held = null;
    this.render(lineId, true);
    this.cleanup(lineId);
  }

  /** Takes our kept-aside changes to send them again on top of their version. */
  takeMine(lineId: string): UpdateLineInput | null {
    const state = this.states.get(lineId);
    if (!state?.held) return null;
    const mine = state.held;
    state.held = null;
    return mine;
  }

  private cleanup(lineId: string): void {
    const state = this.states.get(lineId);
    // Kept until a summary fetched afterwards counts the confirmed line, so totals never step back.
    if (state && state.entries.length === 0 && !state.held && state.summaryBase === state.confirmed) this.states.delete(lineId);
  }

  private render(lineId: string, immediate: boolean): void {
    const state = this.states.get(lineId);
    if (!state) return;
    const { budgetCurrency, fringes } = this.context;
    const patches = [...(state.held ? [state.held] : []), ...state.entries.map((e) => e.patch)];
    const shown = patches.reduce<BudgetLine>((line, patch) => applyLinePatch(line, patch, budgetCurrency, fringes), state.confirmed);
    this.queue(lineId, shown);
    if (immediate) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), 16);
  }

  private queue(lineId: string, line: BudgetLine | null): void {
    this.queued.set(lineId, line);
  }

  /**
   * The summary as the grid shows it: the server's, moved by the difference between each
   * line being edited and the version that summary counts. A summary fetched while nothing
   * was in flight counts every confirmed line.
   */
  overlaySummary(summary: BudgetSummary): BudgetSummary {
    const pairs: { before: BudgetLine; after: BudgetLine | null }[] = [];
    for (const [lineId, state] of this.states) {
      const shown = this.shown(lineId);
      // A line deleted meanwhile is taken out of the summary by the delete itself.
      if (shown && shown !== state.summaryBase) pairs.push({ before: state.summaryBase, after: shown });
    }
    return pairs.length > 0 ? adjustSummary(summary, pairs) : summary;
  }

  /**
   * Follows the summary query: a fetch that started while nothing was in flight counts every
   * confirmed line, so the overlay restarts from there. Returns the unsubscribe function.
   */
  attach(): () => void {
    const hash = hashKey(budgetKeys.summary(this.orgId, this.eventId));
    let clean = false;
    return this.queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryHash !== hash) return;
      const action = event.action;
      if (action.type === 'fetch') clean = this.pendingCount() === 0;
      else if (action.type === 'success' && !action.manual && clean) {
        for (const [lineId, state] of this.states) {
          state.summaryBase = state.confirmed;
          this.cleanup(lineId);
        }
      }
    });
  }

  /** Writes every queued line into the cache at once. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.queued.size === 0) return;
    const changes = this.queued;
    this.queued = new Map();
    this.queryClient.setQueryData<LinesData>(this.linesKey, (data) => {
      if (!data) return data;
      const lines: BudgetLine[] = [];
      for (const line of data.lines) {
        if (!changes.has(line.id)) lines.push(line);
        else if (changes.get(line.id)) lines.push(changes.get(line.id)!);
      }
      return { ...data, lines };
    });
  }
}

export const lineUpdateKey = (orgId: string, eventId: string) => [...budgetKeys.event(orgId, eventId), 'update-line'] as const;

/**
 * Optimistic line edits through TanStack Query: `update` shows the change at once (totals
 * included), sends the PATCH with If-Match and resolves with the saved line, or rejects with
 * LineConflictError (412), LineGoneError (404) or the API error after rolling the change back.
 */
export function useLineEditor(orgId: string, eventId: string, context: LineSyncContext) {
  const queryClient = useQueryClient();
  const syncRef = useRef<LineSync | null>(null);
  if (!syncRef.current) syncRef.current = new LineSync(queryClient, orgId, eventId, context);
  const sync = syncRef.current;
  sync.context = context;
  useEffect(() => sync.attach(), [sync]);

  const mutation = useMutation({
    mutationKey: lineUpdateKey(orgId, eventId),
    mutationFn: (entry: Entry) => sync.run(entry),
    onSuccess: (line, entry) => sync.confirm(entry, line),
    onError: (error, entry) => sync.fail(entry, error),
    onSettled: () => {
      if (sync.pendingCount() === 0) return queryClient.invalidateQueries({ queryKey: budgetKeys.summary(orgId, eventId) });
      return undefined;
    },
  });
  const { mutateAsync } = mutation;

  const update = useCallback(
    async (lineId: string, patch: UpdateLineInput): Promise<BudgetLine> => {
      const entry = sync.begin(lineId, patch);
      if (!entry) throw new LineGoneError(lineId);
      try {
        return await mutateAsync(entry);
      } catch (error) {
        throw entry.error ?? error;
      }
    },
    [sync, mutateAsync],
  );

  const reloadTheirs = useCallback((lineId: string) => sync.takeTheirs(lineId), [sync]);
  const reapplyMine = useCallback(
    (lineId: string) => {
      const mine = sync.takeMine(lineId);
      return mine ? update(lineId, mine) : Promise.resolve(sync.shown(lineId) ?? null);
    },
    [sync, update],
  );

  const pending = useIsMutating({ mutationKey: lineUpdateKey(orgId, eventId) });
  return useMemo(
    () => ({ update, reloadTheirs, reapplyMine, pending, shown: (id: string) => sync.shown(id), overlaySummary: (s: BudgetSummary) => sync.overlaySummary(s) }),
    [update, reloadTheirs, reapplyMine, pending, sync],
  );
}

export function isSuperseded(error: unknown): boolean {
  return error instanceof SupersededError;
}

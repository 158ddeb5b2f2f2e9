import type { Dependency, Task } from '@rundown/domain';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDown, ChevronRight, Diamond, Layers } from 'lucide-react';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../../../lib/cn';
import { intlLocale } from '../../../../lib/i18n';
import { arrowBounds, arrowPath, barRect, ROW_HEIGHT, type BarRect } from '../../utils/gantt-geometry';
import { createScale, headerBands, SNAP_MINUTES, snapDelta, STEP_UNIT, xOf, type Scale, type Zoom } from '../../utils/gantt-scale';
import { handleBarKey, isChanged, type MoveDraft } from '../../utils/keyboard-move';
import { previewMove } from '../../utils/move-preview';
import { formatDateTimeShort } from '../../../../lib/format';
import { buildRows, taskSpan, type TaskRow } from '../../utils/task-rows';
import { addUnits } from '../../utils/zoned';
import { MovePreviewPanel } from './move-preview-panel';

const HEADER_HEIGHT = 52;
const X_OVERSCAN = 240;

export type GanttViewProps = {
  orgId: string;
  eventId: string;
  eventName: string;
  timeZone: string;
  /** The event's own dates keep the axis stable while tasks move. */
  eventSpan: { from: number; to: number } | null;
  tasks: Task[];
  dependencies: Dependency[];
  critical: ReadonlySet<string>;
  zoom: Zoom;
  canWrite: boolean;
  /** Baseline dates per task, drawn as thin grey bars under the current ones. */
  baseline?: ReadonlyMap<string, { start: number; end: number }>;
  onOpenTask: (taskId: string) => void;
};

type Viewport = { left: number; top: number; width: number; height: number };
type Drag = { taskId: string; mode: 'move' | 'start' | 'end'; startX: number; start: number; end: number; moved: boolean };

/**
 * The Gantt chart: a sticky task column and a time axis in one scroll area. Rows are
 * virtualized (TanStack Virtual) and, across the axis, only bars and arrows inside the
 * viewport are drawn, so 2,000 tasks cost what 30 do. Bars move by drag or keyboard; either
 * way the shifts are previewed (in the browser at once, then confirmed by the API) before
 * anything is saved.
 */
export function GanttView({ orgId, eventId, eventName, timeZone, eventSpan, tasks, dependencies, critical, zoom, canWrite, baseline, onOpenTask }: GanttViewProps) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport>({ left: 0, top: 0, width: 1200, height: 600 });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [draft, setDraft] = useState<MoveDraft | null>(null);
  const [dragging, setDragging] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const dragRef = useRef<Drag | null>(null);
  const focusAfterRender = useRef<number | null>(null);
  const leftWidth = viewport.width < 640 ? 148 : 272;
  // The axis fills the visible width at least; rounded so resizing does not rebuild it per pixel.
  const chartWidth = Math.ceil((viewport.width - leftWidth) / 200) * 200;

  const rows = useMemo(() => buildRows(tasks, collapsed), [tasks, collapsed]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.task.id, i])), [rows]);
  const taskById = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  // Parsed once per data change, not per frame.
  const times = useMemo(() => new Map(tasks.map((task) => [task.id, { start: Date.parse(task.startAt), end: Date.parse(task.endAt) }])), [tasks]);

  const scale = useMemo(() => {
    const span = taskSpan(tasks);
    const now = Date.now();
    const from = Math.min(span?.from ?? Infinity, eventSpan?.from ?? Infinity);
    const to = Math.max(span?.to ?? -Infinity, eventSpan?.to ?? -Infinity);
    return createScale(zoom, Number.isFinite(from) ? from : now, Number.isFinite(to) ? to : now, timeZone, chartWidth);
  }, [tasks, eventSpan, zoom, timeZone, chartWidth]);

  // Preview: where the moving task and everything it pushes would go.
  const shifts = useMemo(
    () => (draft && isChanged(draft) ? previewMove(tasks, dependencies, draft.taskId, draft.start, draft.end) : []),
    [draft, tasks, dependencies],
  );
  const shifted = useMemo(() => new Map(shifts.map((s) => [s.taskId, { start: s.toStart, end: s.toEnd }])), [shifts]);
  // The draft task follows the pointer exactly even when it is not (yet) a "shift".
  const placeOf = useCallback(
    (task: Task): { start: number; end: number } => {
      if (draft && draft.taskId === task.id) return { start: draft.start, end: draft.end };
      return shifted.get(task.id) ?? times.get(task.id) ?? { start: Date.parse(task.startAt), end: Date.parse(task.endAt) };
    },
    [draft, shifted, times],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const virtualRows = virtualizer.getVirtualItems();

  // Viewport tracking for the horizontal culling, once per animation frame.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setViewport((v) =>
        v.left === el.scrollLeft && v.top === el.scrollTop && v.width === el.clientWidth && v.height === el.clientHeight
          ? v
          : { left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(onScroll);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  // First paint: today (or the first task when today is outside the plan). Zoom changes and a
  // moved origin keep the same moment at the left edge.
  const lastScale = useRef<Scale | null>(null);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const previous = lastScale.current;
    lastScale.current = scale;
    if (previous && previous.zoom === scale.zoom && previous.origin === scale.origin) return;
    let at: number;
    if (previous) {
      at = previous.origin + el.scrollLeft / previous.pxPerMs;
    } else {
      // Today, when the first rows are about now; else where the first rows begin.
      const now = Date.now();
      const span = taskSpan(rows.slice(0, 20).map((r) => r.task)) ?? eventSpan;
      at = span && (now < span.from || now > span.to) ? span.from : now;
    }
    // A little room before the anchor: a tenth of what is visible of the chart.
    const room = previous ? 0 : Math.max(24, (el.clientWidth - leftWidth) / 10);
    el.scrollLeft = Math.max(0, xOf(scale, at) - room);
  }, [scale, rows, eventSpan, leftWidth]);

  // Focus a bar after it has been scrolled into the rendered range.
  useEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    const bar = scrollRef.current?.querySelector<HTMLElement>(`[data-bar-row="${index}"]`);
    if (bar) {
      focusAfterRender.current = null;
      bar.focus({ preventScroll: true });
      revealX(index);
    }
  });

  const revealX = (index: number, place?: { start: number; end: number }) => {
    const el = scrollRef.current;
    const row = rows[index];
    if (!el || !row) return;
    const p = place ?? placeOf(row.task);
    const rect = barRect(scale, row.task.kind, p.start, p.end, index);
    const visible = el.clientWidth - leftWidth;
    if (rect.x < el.scrollLeft + 16 || rect.x > el.scrollLeft + visible - 40) el.scrollLeft = Math.max(0, rect.x - 48);
  };

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(next);
    focusAfterRender.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const stepper = useCallback((instant: number, n: number) => addUnits(instant, STEP_UNIT[zoom], n, timeZone), [zoom, timeZone]);

  const cancel = useCallback(() => setDraft(null), []);

  const onBarKeyDown = (e: KeyboardEvent<HTMLElement>, row: TaskRow, index: number) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(index + (e.key === 'ArrowDown' ? 1 : -1));
      return;
    }
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusRow(e.key === 'Home' ? 0 : rows.length - 1);
      return;
    }
    const task = row.task;
    const start = Date.parse(task.startAt);
    const end = Date.parse(task.endAt);
    if (!canWrite) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpenTask(task.id);
      }
      return;
    }
    const outcome = handleBarKey(draft, { id: task.id, start, end, milestone: task.kind === 'milestone' }, e, stepper);
    switch (outcome.command) {
      case 'draft':
        e.preventDefault();
        setDraft(outcome.draft);
        revealX(index, { start: outcome.draft.start, end: outcome.draft.end });
        break;
      case 'apply':
        e.preventDefault();
        applyRef.current?.();
        break;
      case 'cancel':
        e.preventDefault();
        setDraft(null);
        break;
      case 'open':
        e.preventDefault();
        onOpenTask(task.id);
        break;
      default:
        if (e.key === ' ') {
          e.preventDefault();
          onOpenTask(task.id);
        }
    }
  };

  const onPointerDown = (e: PointerEvent<HTMLElement>, task: Task, mode: Drag['mode']) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    const place = placeOf(task);
    if (!canWrite) {
      dragRef.current = { taskId: task.id, mode: 'move', startX: e.clientX, start: place.start, end: place.end, moved: false };
      return;
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    // Continue from a pending draft of the same task; a drag on another task replaces it.
    dragRef.current = { taskId: task.id, mode, startX: e.clientX, start: place.start, end: place.end, moved: false };
  };

  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const drag = dragRef.current;
    if (!drag || !canWrite) return;
    const dx = e.clientX - drag.startX;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      setDragging(true);
    }
    const delta = snapDelta(scale, dx);
    const task = taskById.get(drag.taskId);
    if (!task) return;
    const fromStart = Date.parse(task.startAt);
    const fromEnd = Date.parse(task.endAt);
    let start = drag.start;
    let end = drag.end;
    if (drag.mode === 'move') {
      start = drag.start + delta;
      end = drag.end + delta;
    } else if (drag.mode === 'end') {
      end = Math.max(drag.start + SNAP_MINUTES[zoom] * 60_000, drag.end + delta);
    } else {
      start = Math.min(drag.end - SNAP_MINUTES[zoom] * 60_000, drag.start + delta);
    }
    setDraft({ taskId: task.id, fromStart, fromEnd, start, end, source: 'drag' });
  };

  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const drag = dragRef.current;
    dragRef.current = null;
    if (!drag) return;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    setDragging(false);
    if (!drag.moved) {
      onOpenTask(drag.taskId);
      return;
    }
    const index = rowIndex.get(drag.taskId);
    if (index !== undefined) {
      setActiveIndex(index);
      (e.currentTarget as HTMLElement).focus({ preventScroll: true });
    }
  };

  const applyRef = useRef<(() => void) | null>(null);

  // Bars and labels are memoized: they get handlers that never change identity and call the latest closures.
  const latest = useRef({ onBarKeyDown, onPointerDown, onPointerMove, onPointerUp, onOpenTask, rows });
  latest.current = { onBarKeyDown, onPointerDown, onPointerMove, onPointerUp, onOpenTask, rows };
  const handlers = useMemo<BarHandlers>(
    () => ({
      focus: (index) => setActiveIndex(index),
      keyDown: (e, index) => {
        const row = latest.current.rows[index];
        if (row) latest.current.onBarKeyDown(e, row, index);
      },
      pointerDown: (e, task, mode) => latest.current.onPointerDown(e, task, mode),
      pointerMove: (e) => latest.current.onPointerMove(e),
      pointerUp: (e) => latest.current.onPointerUp(e),
      open: (taskId) => latest.current.onOpenTask(taskId),
      toggle: (taskId) =>
        setCollapsed((prev) => {
          const next = new Set(prev);
          if (next.has(taskId)) next.delete(taskId);
          else next.add(taskId);
          return next;
        }),
    }),
    [],
  );

  // The visible window, in body coordinates (x from the axis origin, y from the first row).
  // Clamped to the chart: a layer reaching past it would grow the scroll area under the reader.
  const chartHeight = rows.length * ROW_HEIGHT;
  const winLeft = Math.max(0, viewport.left - X_OVERSCAN);
  const winRight = Math.max(winLeft + 1, Math.min(scale.width, viewport.left + viewport.width - leftWidth + X_OVERSCAN));
  const winTop = Math.max(0, viewport.top - ROW_HEIGHT * 4);
  const winBottom = Math.max(winTop + 1, Math.min(chartHeight, viewport.top + viewport.height - HEADER_HEIGHT + ROW_HEIGHT * 4));

  const bands = useMemo(
    () => headerBands(scale, scale.origin + Math.max(0, winLeft) / scale.pxPerMs, scale.origin + winRight / scale.pxPerMs, locale),
    // Recompute per 200 px of horizontal scroll, not per pixel.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scale, locale, Math.floor(winLeft / 200), Math.floor(winRight / 200)],
  );

  const rectOf = useCallback(
    (task: Task, index: number): BarRect => {
      const place = placeOf(task);
      return barRect(scale, task.kind, place.start, place.end, index);
    },
    [placeOf, scale],
  );

  const arrowGeometry = useMemo(() => {
    const out: { id: string; d: string; box: ReturnType<typeof arrowBounds>; critical: boolean; moving: boolean }[] = [];
    for (const dep of dependencies) {
      const a = rowIndex.get(dep.predecessorId);
      const b = rowIndex.get(dep.successorId);
      if (a === undefined || b === undefined) continue;
      const ra = rectOf(rows[a]!.task, a);
      const rb = rectOf(rows[b]!.task, b);
      out.push({
        id: dep.id,
        d: arrowPath(ra, rb, dep.type),
        box: arrowBounds(ra, rb),
        critical: critical.has(dep.predecessorId) && critical.has(dep.successorId),
        moving: shifted.has(dep.successorId) || draft?.taskId === dep.successorId,
      });
    }
    return out;
  }, [dependencies, rowIndex, rows, rectOf, critical, shifted, draft]);
  const arrows = arrowGeometry.filter((a) => !(a.box.bottom < winTop || a.box.top > winBottom || a.box.right < winLeft || a.box.left > winRight));

  const totalHeight = rows.length * ROW_HEIGHT;
  const now = Date.now();
  const todayX = now >= scale.origin && now <= scale.end ? xOf(scale, now) : null;
  const draftTask = draft ? taskById.get(draft.taskId) : undefined;
  const pending = Boolean(draft && isChanged(draft) && !dragging);

  return (
    <div
      className="relative flex h-[70dvh] min-h-0 flex-col overflow-hidden rounded-xl border border-border bg-surface md:h-auto md:flex-1"
      data-testid="gantt"
      data-task-count={tasks.length}
      data-row-count={rows.length}
    >
      <p id={hintId} className="sr-only">
        {canWrite ? t('timeline.gantt.keyboardHint', { unit: t(`timeline.gantt.units.${zoom}`) }) : t('timeline.gantt.readOnlyHint')}
      </p>
      <div
        ref={scrollRef}
        className="relative min-h-0 flex-1 overflow-auto overscroll-contain"
        role="group"
        aria-label={t('timeline.gantt.label', { event: eventName })}
        data-testid="gantt-scroll"
      >
        <div className="relative" style={{ width: leftWidth + scale.width, height: HEADER_HEIGHT + totalHeight }}>
          {/* Header: the corner and the two rows of time labels. */}
          <div className="sticky top-0 z-30 flex" style={{ height: HEADER_HEIGHT }}>
            <div
              className="sticky left-0 z-10 flex shrink-0 items-end border-r border-b border-border bg-surface-2 px-3 pb-2 text-[12px] font-medium text-muted-foreground"
              style={{ width: leftWidth }}
            >
              {t('timeline.gantt.taskColumn')}
            </div>
            <div className="relative shrink-0 border-b border-border bg-surface-2" style={{ width: scale.width }} aria-hidden>
              {bands.top.map((b) => (
                <div
                  key={b.key}
                  className="absolute top-0 h-6 truncate border-l border-border px-2 pt-1 text-[11.5px] font-medium text-foreground"
                  style={{ left: b.x, width: b.width }}
                >
                  {/* Kept in view while its month or year scrolls past. */}
                  <span className="inline-block" style={{ marginLeft: Math.max(0, Math.min(viewport.left - b.x, b.width - 140)) }}>
                    {b.label}
                  </span>
                </div>
              ))}
              {bands.bottom.map((b) => (
                <div
                  key={b.key}
                  className={cn(
                    'absolute top-6 h-[26px] truncate border-l border-border/70 px-1.5 pt-1 text-[11px] text-muted-foreground tabular-nums',
                    b.weekend && 'bg-muted/60',
                  )}
                  style={{ left: b.x, width: b.width }}
                >
                  {b.label}
                </div>
              ))}
              {todayX !== null ? (
                <div className="absolute bottom-0 z-10 -translate-x-1/2 rounded-t bg-danger px-1 text-[10px] leading-4 font-semibold text-danger-foreground" style={{ left: todayX }}>
                  {t('timeline.today')}
                </div>
              ) : null}
            </div>
          </div>

          <div className="flex">
            {/* The task column, sticky on the left. */}
            <div className="sticky left-0 z-20 shrink-0 border-r border-border bg-surface" style={{ width: leftWidth, height: totalHeight }}>
              {virtualRows.map((item) => {
                const row = rows[item.index]!;
                return (
                  <TaskLabel
                    key={row.task.id}
                    row={row}
                    top={item.index * ROW_HEIGHT}
                    active={item.index === activeIndex}
                    critical={critical.has(row.task.id)}
                    collapsed={collapsed.has(row.task.id)}
                    handlers={handlers}
                  />
                );
              })}
            </div>

            {/* The chart. */}
            <div className="relative shrink-0 overflow-hidden" style={{ width: scale.width, height: totalHeight, contain: 'strict' }}>
              {bands.bottom.map((b) => (
                <div
                  key={b.key}
                  aria-hidden
                  className={cn('absolute top-0 border-l border-border/50', b.weekend && 'bg-muted/40')}
                  style={{ left: b.x, width: b.width, height: totalHeight }}
                />
              ))}
              {virtualRows.map((item) => (
                <div
                  key={`band-${item.index}`}
                  aria-hidden
                  className={cn('absolute border-b border-border/40', item.index === activeIndex && 'bg-accent/40')}
                  style={{ top: item.index * ROW_HEIGHT, height: ROW_HEIGHT, left: winLeft, width: winRight - winLeft }}
                />
              ))}
              {todayX !== null ? <div aria-hidden className="absolute top-0 z-[5] w-px bg-danger/70" style={{ left: todayX, height: totalHeight }} /> : null}

              <svg
                aria-hidden
                className="pointer-events-none absolute z-[6] overflow-visible"
                style={{ left: winLeft, top: winTop, width: winRight - winLeft, height: winBottom - winTop }}
                viewBox={`${winLeft} ${winTop} ${winRight - winLeft} ${winBottom - winTop}`}
              >
                <defs>
                  <marker id="gantt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L8,4 L0,8 z" style={{ fill: 'var(--muted-foreground)' }} />
                  </marker>
                  <marker id="gantt-arrow-critical" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L8,4 L0,8 z" style={{ fill: 'var(--danger)' }} />
                  </marker>
                  <marker id="gantt-arrow-moving" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L8,4 L0,8 z" style={{ fill: 'var(--primary)' }} />
                  </marker>
                </defs>
                {arrows.map((a) => (
                  <path
                    key={a.id}
                    d={a.d}
                    fill="none"
                    data-testid="gantt-arrow"
                    strokeWidth={a.critical || a.moving ? 1.6 : 1.1}
                    style={{ stroke: a.moving ? 'var(--primary)' : a.critical ? 'var(--danger)' : 'color-mix(in oklch, var(--muted-foreground) 70%, transparent)' }}
                    markerEnd={`url(#${a.moving ? 'gantt-arrow-moving' : a.critical ? 'gantt-arrow-critical' : 'gantt-arrow'})`}
                  />
                ))}
              </svg>

              {virtualRows.map((item) => {
                const row = rows[item.index]!;
                const place = placeOf(row.task);
                const rect = barRect(scale, row.task.kind, place.start, place.end, item.index);
                const isDraft = draft?.taskId === row.task.id;
                const isActive = item.index === activeIndex;
                const visible = rect.x + rect.width >= winLeft && rect.x <= winRight;
                if (!visible && !isDraft && !isActive) return null;
                const base = baseline?.get(row.task.id);
                const moving = isDraft || shifted.has(row.task.id);
                const own = times.get(row.task.id);
                return (
                  <GanttBar
                    key={row.task.id}
                    task={row.task}
                    index={item.index}
                    scale={scale}
                    start={place.start}
                    end={place.end}
                    fromStart={moving ? (own?.start ?? null) : null}
                    fromEnd={moving ? (own?.end ?? null) : null}
                    baseStart={base?.start ?? null}
                    baseEnd={base?.end ?? null}
                    timeZone={timeZone}
                    critical={critical.has(row.task.id)}
                    moving={moving}
                    tabIndex={isActive ? 0 : -1}
                    canWrite={canWrite}
                    hintId={hintId}
                    handlers={handlers}
                  />
                );
              })}
            </div>
          </div>
        </div>
      </div>

      {pending && draft && draftTask ? (
        <MovePreviewPanel
          orgId={orgId}
          eventId={eventId}
          task={draftTask}
          draft={draft}
          shifts={shifts}
          timeZone={timeZone}
          applyRef={applyRef}
          onDone={(focusBack) => {
            setDraft(null);
            if (focusBack) {
              const index = rowIndex.get(draft.taskId);
              if (index !== undefined) focusRow(index);
            }
          }}
          onCancel={cancel}
        />
      ) : null}
    </div>
  );
}

type BarHandlers = {
  focus: (index: number) => void;
  keyDown: (e: KeyboardEvent<HTMLElement>, index: number) => void;
  pointerDown: (e: PointerEvent<HTMLElement>, task: Task, mode: Drag['mode']) => void;
  pointerMove: (e: PointerEvent<HTMLElement>) => void;
  pointerUp: (e: PointerEvent<HTMLElement>) => void;
  open: (taskId: string) => void;
  toggle: (taskId: string) => void;
};

type TaskLabelProps = {
  row: TaskRow;
  top: number;
  active: boolean;
  critical: boolean;
  collapsed: boolean;
  handlers: BarHandlers;
};

const TaskLabel = memo(function TaskLabel({ row, top, active, critical, collapsed, handlers }: TaskLabelProps) {
  const { t } = useTranslation();
  const { task, depth, hasChildren } = row;
  const onToggle = () => handlers.toggle(task.id);
  const onOpen = () => handlers.open(task.id);
  return (
    <div
      className={cn('absolute inset-x-0 flex items-center gap-1 border-b border-border/40 pr-2 text-[13px]', active && 'bg-accent/50')}
      style={{ top, height: ROW_HEIGHT, paddingLeft: 6 + depth * 14 }}
      data-testid="gantt-row"
      data-task-id={task.id}
    >
      {hasChildren ? (
        <button
          type="button"
          tabIndex={-1}
          onClick={onToggle}
          aria-label={collapsed ? t('timeline.gantt.expand', { title: task.title }) : t('timeline.gantt.collapse', { title: task.title })}
          className="inline-flex size-5 shrink-0 cursor-pointer items-center justify-center rounded text-muted-foreground hover:bg-muted"
        >
          {collapsed ? <ChevronRight className="size-3.5" aria-hidden /> : <ChevronDown className="size-3.5" aria-hidden />}
        </button>
      ) : (
        <span className="w-5 shrink-0" />
      )}
      {task.kind === 'milestone' ? (
        <Diamond className="size-3 shrink-0 text-warning" aria-hidden />
      ) : task.kind === 'phase' ? (
        <Layers className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
      ) : null}
      <button
        type="button"
        tabIndex={-1}
        onClick={onOpen}
        title={task.title}
        className={cn(
          'min-w-0 flex-1 cursor-pointer truncate text-left hover:underline',
          task.kind === 'phase' && 'font-semibold',
          task.status === 'done' && 'text-muted-foreground line-through decoration-muted-foreground/40',
        )}
      >
        {task.title}
      </button>
      {critical ? <span className="size-1.5 shrink-0 rounded-full bg-danger" title={t('timeline.criticalLegend')} aria-hidden /> : null}
    </div>
  );
});

type GanttBarProps = {
  task: Task;
  index: number;
  scale: Scale;
  start: number;
  end: number;
  /** Where the bar was before a pending move (drawn dashed), or null. */
  fromStart: number | null;
  fromEnd: number | null;
  baseStart: number | null;
  baseEnd: number | null;
  timeZone: string;
  critical: boolean;
  moving: boolean;
  tabIndex: number;
  canWrite: boolean;
  hintId: string;
  handlers: BarHandlers;
};

const STATUS_BAR: Record<Task['status'], string> = {
  todo: 'bg-[color-mix(in_srgb,var(--primary)_24%,var(--surface))] border-primary/70 text-foreground',
  in_progress: 'bg-primary border-primary text-primary-foreground',
  blocked: 'bg-[color-mix(in_srgb,var(--danger)_26%,var(--surface))] border-danger text-foreground',
  done: 'bg-[color-mix(in_srgb,var(--success)_32%,var(--surface))] border-success/80 text-foreground',
};

const GanttBar = memo(function GanttBar({
  task,
  index,
  scale,
  start,
  end,
  fromStart,
  fromEnd,
  baseStart,
  baseEnd,
  timeZone,
  critical,
  moving,
  tabIndex,
  canWrite,
  hintId,
  handlers,
}: GanttBarProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rect = barRect(scale, task.kind, start, end, index);
  const original = fromStart !== null && fromEnd !== null ? barRect(scale, task.kind, fromStart, fromEnd, index) : null;
  const baselineRect = baseStart !== null && baseEnd !== null ? barRect(scale, task.kind, baseStart, baseEnd, index) : null;
  const place = { start, end };
  const label = [
    t('timeline.gantt.bar', {
      title: task.title,
      kind: t(`taskKinds.${task.kind}`),
      start: formatDateTimeShort(place.start, timeZone, language),
      end: formatDateTimeShort(place.end, timeZone, language),
      status: t(`taskStatuses.${task.status}`),
    }),
    critical ? t('timeline.gantt.barCritical') : null,
  ]
    .filter(Boolean)
    .join(', ');
  // The title goes inside when it fits (about 6.6 px a character at 11.5 px), else beside the bar.
  const showInside = task.kind === 'task' && rect.width > task.title.length * 6.6 + 18;
  const common = {
    role: 'button' as const,
    tabIndex,
    'aria-label': label,
    'aria-describedby': hintId,
    'data-testid': 'gantt-bar',
    'data-task-id': task.id,
    'data-bar-row': index,
    'data-start': new Date(place.start).toISOString(),
    'data-end': new Date(place.end).toISOString(),
    'data-critical': critical || undefined,
    onFocus: () => handlers.focus(index),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => handlers.keyDown(e, index),
    onPointerMove: handlers.pointerMove,
    onPointerUp: handlers.pointerUp,
    onPointerCancel: handlers.pointerUp,
  };
  const focusRing = 'outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-surface';

  return (
    <>
      {baselineRect ? (
        <div
          aria-hidden
          className="absolute z-[7] rounded-full bg-muted-foreground/35"
          style={{ left: baselineRect.x, top: index * ROW_HEIGHT + ROW_HEIGHT - 7, width: Math.max(3, baselineRect.width), height: 3 }}
        />
      ) : null}
      {original ? (
        <div
          aria-hidden
          className={cn('absolute z-[7] border border-dashed border-muted-foreground/60', task.kind === 'milestone' ? 'rotate-45 rounded-[2px]' : 'rounded-md')}
          style={{ left: original.x, top: original.y, width: original.width, height: original.height }}
        />
      ) : null}
      {task.kind === 'milestone' ? (
        <div
          {...common}
          onPointerDown={(e) => handlers.pointerDown(e, task, 'move')}
          className={cn(
            'absolute z-10 rotate-45 cursor-grab touch-none rounded-[3px] border-2 border-warning bg-warning/80 shadow-xs active:cursor-grabbing',
            critical && 'border-danger bg-danger/80',
            moving && 'ring-2 ring-primary/60',
            !canWrite && 'cursor-pointer',
            focusRing,
          )}
          style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }}
        />
      ) : (
        <div
          {...common}
          onPointerDown={(e) => handlers.pointerDown(e, task, 'move')}
          className={cn(
            'group absolute z-10 flex touch-none items-center overflow-hidden rounded-md border text-[11.5px] font-medium shadow-xs select-none',
            task.kind === 'phase' ? 'rounded-sm border-foreground/70 bg-foreground/75' : STATUS_BAR[task.status],
            canWrite ? 'cursor-grab active:cursor-grabbing' : 'cursor-pointer',
            critical && 'ring-[1.5px] ring-danger',
            moving && 'ring-2 ring-primary/70',
            focusRing,
          )}
          style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }}
        >
          {canWrite ? (
            <span
              aria-hidden
              onPointerDown={(e) => handlers.pointerDown(e, task, 'start')}
              className="absolute inset-y-0 left-0 z-10 w-1.5 cursor-ew-resize opacity-0 group-hover:opacity-100 hover:bg-foreground/20"
            />
          ) : null}
          {showInside ? <span className="truncate px-2">{task.title}</span> : null}
          {canWrite ? (
            <span
              aria-hidden
              onPointerDown={(e) => handlers.pointerDown(e, task, 'end')}
              className="absolute inset-y-0 right-0 z-10 w-1.5 cursor-ew-resize opacity-0 group-hover:opacity-100 hover:bg-foreground/20"
              data-testid="gantt-bar-end"
            />
          ) : null}
        </div>
      )}
      {!showInside ? (
        <span
          aria-hidden
          className={cn('pointer-events-none absolute z-[8] truncate text-[11.5px] whitespace-nowrap text-muted-foreground', task.kind === 'phase' && 'font-semibold text-foreground')}
          style={{ left: rect.x + rect.width + 6, top: index * ROW_HEIGHT, lineHeight: `${ROW_HEIGHT}px`, maxWidth: 260 }}
        >
          {task.title}
        </span>
      ) : null}
    </>
  );
});

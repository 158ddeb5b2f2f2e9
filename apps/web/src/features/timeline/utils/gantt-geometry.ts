import type { Task } from '@rundown/domain';
import { xOf, type Scale } from './gantt-scale';

export const ROW_HEIGHT = 34;
export const BAR_HEIGHT = 20;
export const PHASE_BAR_HEIGHT = 10;
export const MILESTONE_SIZE = 14;
/** How far an arrow leaves a bar before turning. */
const ARROW_GAP = 8;

export type BarRect = { x: number; width: number; y: number; height: number };

/** Where a task's bar sits in its row; milestones are a diamond centred on their date. */
export function barRect(scale: Scale, kind: Task['kind'], start: number, end: number, rowIndex: number): BarRect {
  const top = rowIndex * ROW_HEIGHT;
  if (kind === 'milestone') {
    const cx = xOf(scale, start);
    return { x: cx - MILESTONE_SIZE / 2, width: MILESTONE_SIZE, y: top + (ROW_HEIGHT - MILESTONE_SIZE) / 2, height: MILESTONE_SIZE };
  }
  const height = kind === 'phase' ? PHASE_BAR_HEIGHT : BAR_HEIGHT;
  const x = xOf(scale, start);
  return { x, width: Math.max(3, xOf(scale, end) - x), y: top + (ROW_HEIGHT - height) / 2, height };
}

export type DependencyKind = 'FS' | 'SS' | 'FF' | 'SF';

/**
 * An elbow path from the predecessor's anchor (its finish for F…, its start for S…) to the
 * successor's anchor (its start for …S, its finish for …F). It leaves and enters horizontally;
 * when the target is behind the source it detours through the gap between the two rows.
 */
export function arrowPath(from: BarRect, to: BarRect, type: DependencyKind): string {
  const fromEnd = type[0] === 'F';
  const toStart = type[1] === 'S';
  const sx = fromEnd ? from.x + from.width : from.x;
  const sy = from.y + from.height / 2;
  const tx = toStart ? to.x : to.x + to.width;
  const ty = to.y + to.height / 2;
  const exitX = sx + (fromEnd ? ARROW_GAP : -ARROW_GAP);
  const entryX = tx + (toStart ? -ARROW_GAP : ARROW_GAP);
  const r = (v: number) => Math.round(v * 10) / 10;
  // One vertical turn at x = X works when X lies on the exit side of the source and the entry
  // side of the target: FS needs exitX ≤ entryX, SF needs entryX ≤ exitX, SS and FF always fit.
  let turn: number | null;
  if (fromEnd && toStart) turn = exitX <= entryX ? exitX : null;
  else if (!fromEnd && !toStart) turn = entryX <= exitX ? exitX : null;
  else if (toStart) turn = Math.min(exitX, entryX);
  else turn = Math.max(exitX, entryX);
  if (turn === null || sy === ty) {
    const midY = sy + (ty >= sy ? 1 : -1) * (ROW_HEIGHT / 2);
    return `M${r(sx)},${r(sy)} H${r(exitX)} V${r(midY)} H${r(entryX)} V${r(ty)} H${r(tx)}`;
  }
  return `M${r(sx)},${r(sy)} H${r(turn)} V${r(ty)} H${r(tx)}`;
}

/** The row range [first, last] and pixel range an arrow spans, to skip the ones off screen. */
export function arrowBounds(from: BarRect, to: BarRect): { top: number; bottom: number; left: number; right: number } {
  return {
    top: Math.min(from.y, to.y),
    bottom: Math.max(from.y + from.height, to.y + to.height),
    left: Math.min(from.x, to.x) - ARROW_GAP * 2,
    right: Math.max(from.x + from.width, to.x + to.width) + ARROW_GAP * 2,
  };
}

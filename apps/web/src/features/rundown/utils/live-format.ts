/**
 * Clock arithmetic for the live show: countdowns, drift ("behind by 01:23") and the offset
 * between this browser's clock and the server's, so every screen ticks the same seconds.
 */

/** 75 → "01:15"; 3725 → "1:02:05"; negative values get a minus sign. */
export function formatClock(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const s = Math.abs(Math.trunc(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${mm}:${ss}` : `${sign}${mm}:${ss}`;
}

/** The current cue's countdown: time left, or "+mm:ss" once it runs over. */
export function formatCountdown(remainingSeconds: number): { text: string; overrun: boolean } {
  if (remainingSeconds >= 0) return { text: formatClock(remainingSeconds), overrun: false };
  return { text: `+${formatClock(-remainingSeconds)}`, overrun: true };
}

export type Drift = { kind: 'behind' | 'ahead' | 'onTime'; amount: string };

/** Drift in seconds (+ late, − early) → what the screen says. Under a second is on time. */
export function describeDrift(driftSeconds: number): Drift {
  if (Math.abs(driftSeconds) < 1) return { kind: 'onTime', amount: formatClock(0) };
  return { kind: driftSeconds > 0 ? 'behind' : 'ahead', amount: formatClock(Math.abs(driftSeconds)) };
}

/** How far the server's clock is ahead of ours, from a state it stamped with `serverTime`. */
export function clockOffset(serverTime: string, receivedAt: number): number {
  const server = Date.parse(serverTime);
  return Number.isFinite(server) ? server - receivedAt : 0;
}

// Cue durations are read by lib/parse-input.ts (parseDurationText) and written by lib/format.ts (formatDuration), in words.

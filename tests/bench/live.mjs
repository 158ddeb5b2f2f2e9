// The live rundown's promise: every open screen shows the show caller's Start or Next within a
// second. Opens SCREENS Server-Sent Event streams on one show day, presses Next STEPS times, and
// measures from the moment the press is sent to the moment each stream delivers the new state.
import { createEvent, percentile } from './session.mjs';

const SCREENS = 50;
const STEPS = 40;
const CUES = 10;

/** One SSE stream read with fetch: calls `onState` with each `rundown` event's parsed data. */
async function openStream(url, cookie, onState) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  if (!response.ok) throw new Error(`stream: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
          if (/^event: ?rundown$/m.test(frame) && data) onState(JSON.parse(data));
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
  return () => controller.abort();
}

export async function benchLive({ base, session }) {
  const event = await createEvent(base, session, 'Bench live show');
  const day = `${base}/api/orgs/${session.orgId}/events/${event.id}/rundown/2027-06-01`;
  const send = async (method, path, body, headers = {}) => {
    const res = await fetch(`${day}${path}`, { method, headers: { ...session.headers, ...headers }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  // Creates the day (the contract's If-None-Match: *; moving an existing day's start needs If-Match).
  await send('PUT', '', { startsAt: '2027-06-01T19:00:00+07:00' }, { 'if-none-match': '*' });
  for (let i = 0; i < CUES; i++) await send('POST', '/cues', { title: `Cue ${i + 1}`, durationSeconds: 300 });

  // Each screen records when it first saw each version of the day.
  const seen = Array.from({ length: SCREENS }, () => new Map());
  const closers = await Promise.all(
    seen.map((versions) => openStream(`${day}/live/stream`, session.cookie, (state) => versions.has(state.version) || versions.set(state.version, performance.now()))),
  );
  const everyoneHas = (version) => seen.every((versions) => versions.has(version));
  const waitFor = async (version) => {
    const deadline = performance.now() + 10_000;
    while (!everyoneHas(version)) {
      if (performance.now() > deadline) throw new Error(`not every screen got version ${version}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  try {
    const samples = [];
    let state = await send('POST', '/live', { action: 'start' });
    await waitFor(state.version);
    for (let step = 0; step < STEPS; step++) {
      // Next through the cues; past the last one the show ends, and starts again.
      const action = state.live.endedAt ? 'start' : 'next';
      const pressed = performance.now();
      state = await send('POST', '/live', { action });
      await waitFor(state.version);
      for (const versions of seen) samples.push(versions.get(state.version) - pressed);
    }
    return [
      [`live rundown: Next to every screen (${SCREENS} streams, ${STEPS} presses)`, `p50 ${percentile(samples, 50).toFixed(0)} ms`, `p99 ${percentile(samples, 99).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms`, 'target < 1000 ms'],
    ];
  } finally {
    for (const close of closers) close();
  }
}

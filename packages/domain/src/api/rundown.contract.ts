import { idSchema } from '../common/primitives.js';
import { createCueSchema, isoDaySchema, liveActionSchema, moveCueSchema, rundownSchema, setRundownDaySchema, updateCueSchema } from '../rundown/rundown.js';
import { EVENT, eventParams, org } from './access.js';
import { route } from './route.js';

const RUNDOWN = `${EVENT}/rundown/:day`;
const dayParams = eventParams.extend({ day: isoDaySchema });

export const rundownApi = {
  rundown: route({
    method: 'GET', path: RUNDOWN, tag: 'rundown', summary: "A day's run of show: cues with planned times, and the live state",
    access: org('schedule.read'), params: dayParams, response: rundownSchema, versioned: true,
  }),
  setRundownDay: route({
    method: 'PUT', path: RUNDOWN, tag: 'rundown', summary: "Change when the day starts (If-Match with the day's version; times recompute), or create the day's rundown (If-None-Match: *)",
    access: org('schedule.write'), params: dayParams, body: setRundownDaySchema, response: rundownSchema, versioned: true, createIfAbsent: true,
  }),
  createCue: route({
    method: 'POST', path: `${RUNDOWN}/cues`, tag: 'rundown', summary: 'Add a cue (at the end, or at a position)',
    access: org('schedule.write'), params: dayParams, body: createCueSchema, response: rundownSchema, successStatus: 201, versioned: true,
  }),
  updateCue: route({
    method: 'PATCH', path: `${RUNDOWN}/cues/:cueId`, tag: 'rundown', summary: 'Edit a cue (If-Match with the cue version)',
    access: org('schedule.write'), params: dayParams.extend({ cueId: idSchema }), body: updateCueSchema, response: rundownSchema, versioned: 'item',
  }),
  moveCue: route({
    method: 'POST', path: `${RUNDOWN}/cues/:cueId/move`, tag: 'rundown', summary: 'Reorder a cue; planned times recompute',
    access: org('schedule.write'), params: dayParams.extend({ cueId: idSchema }), body: moveCueSchema, response: rundownSchema,
  }),
  deleteCue: route({
    method: 'DELETE', path: `${RUNDOWN}/cues/:cueId`, tag: 'rundown', summary: 'Remove a cue',
    access: org('schedule.write'), params: dayParams.extend({ cueId: idSchema }), response: rundownSchema,
  }),
  controlLive: route({
    method: 'POST', path: `${RUNDOWN}/live`, tag: 'rundown', summary: 'Show caller: start, next, previous, stop or reset the live show',
    access: org('schedule.write'), params: dayParams, body: liveActionSchema, response: rundownSchema,
  }),
  liveStream: route({
    method: 'GET', path: `${RUNDOWN}/live/stream`, tag: 'rundown', summary: 'Server-Sent Events: the rundown now, then every change as it happens',
    access: org('schedule.read'), params: dayParams, response: null, produces: 'text/event-stream',
  }),
};

import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema, str } from '../common/primitives.js';
import { EVENT, eventParams, org, publicAccess, userAccess } from './access.js';
import { route } from './route.js';

/** A user feed holds the tasks and cues assigned to the user; an event feed holds every task and cue of one event. */
export const calendarFeedSchema = z.object({
  id: idSchema,
  scope: z.enum(['user', 'event']),
  eventId: idSchema.nullable(),
  eventName: z.string().nullable(),
  url: z.string(),
  createdAt: z.string(),
});
/** A feed as listed later: never its secret URL (only the token's hash is stored). */
export const calendarFeedSummarySchema = calendarFeedSchema.omit({ url: true });

export const calendarApi = {
  createCalendarFeed: route({
    method: 'POST', path: '/api/me/calendar-feeds', tag: 'calendar', summary: 'A secret iCalendar URL with my tasks (shown once)',
    access: userAccess, response: calendarFeedSchema, successStatus: 201,
  }),
  createEventCalendarFeed: route({
    method: 'POST', path: `${EVENT}/calendar-feeds`, tag: 'calendar', summary: "A secret iCalendar URL with the event's tasks and cues (shown once)",
    access: org('schedule.read'), params: eventParams, response: calendarFeedSchema, successStatus: 201,
  }),
  listCalendarFeeds: route({
    method: 'GET', path: '/api/me/calendar-feeds', tag: 'calendar', summary: 'My calendar URLs that are not revoked, newest first (without the secret)',
    access: userAccess, query: pageQuerySchema, response: pageOf(calendarFeedSummarySchema),
  }),
  revokeCalendarFeed: route({
    method: 'DELETE', path: '/api/me/calendar-feeds/:feedId', tag: 'calendar', summary: 'Revoke a calendar URL',
    access: userAccess, params: z.object({ feedId: idSchema }), response: null, successStatus: 204,
  }),
  calendarFeed: route({
    method: 'GET', path: '/api/calendar/:token', tag: 'calendar', summary: 'The iCalendar feed behind a secret token',
    access: publicAccess, params: z.object({ token: str().regex(/^[\w-]{20,100}(\.ics)?$/) }), response: null, produces: 'text/calendar',
  }),
};

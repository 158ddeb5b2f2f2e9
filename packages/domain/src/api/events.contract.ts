import { pageOf } from '../common/pagination.js';
import { eventOverviewSchema } from '../events/event-overview.schemas.js';
import { createEventSchema, eventListQuerySchema, eventSchema, updateEventSchema } from '../events/event.schemas.js';
import { eventParams, org, orgParams } from './access.js';
import { route } from './route.js';

export const eventsApi = {
  list: route({
    method: 'GET', path: '/api/orgs/:orgId/events', tag: 'events', summary: 'Events and productions',
    access: org('events.read'), params: orgParams, query: eventListQuerySchema, response: pageOf(eventSchema),
  }),
  create: route({
    method: 'POST', path: '/api/orgs/:orgId/events', tag: 'events', summary: 'Create an event',
    access: org('events.write'), params: orgParams, body: createEventSchema, response: eventSchema, successStatus: 201, versioned: true,
  }),
  get: route({
    method: 'GET', path: '/api/orgs/:orgId/events/:eventId', tag: 'events', summary: 'One event',
    access: org('events.read'), params: eventParams, response: eventSchema, versioned: true,
  }),
  overview: route({
    method: 'GET', path: '/api/orgs/:orgId/events/:eventId/overview', tag: 'events', summary: 'Where the plan stands: task progress, overdue and upcoming work, show days',
    access: org('schedule.read'), params: eventParams, response: eventOverviewSchema,
  }),
  update: route({
    method: 'PATCH', path: '/api/orgs/:orgId/events/:eventId', tag: 'events', summary: 'Update an event (If-Match required)',
    access: org('events.write'), params: eventParams, body: updateEventSchema, response: eventSchema, versioned: true,
  }),
  remove: route({
    method: 'DELETE', path: '/api/orgs/:orgId/events/:eventId', tag: 'events', summary: 'Delete an event',
    access: org('events.delete'), params: eventParams, response: null, successStatus: 204,
  }),
};

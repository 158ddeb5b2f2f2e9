import { z } from 'zod';
import { pageOf } from '../common/pagination.js';
import { idSchema } from '../common/primitives.js';
import {
  createLocationSchema,
  createSpaceSchema,
  locationListQuerySchema,
  locationSchema,
  locationSummarySchema,
  spaceSchema,
  updateLocationSchema,
  updateSpaceSchema,
} from '../locations/location.schemas.js';
import {
  createEventPlaceSchema,
  eventPlaceListQuerySchema,
  eventPlaceSchema,
  locationUsageQuerySchema,
  locationUsageSchema,
  updateEventPlaceSchema,
} from '../locations/event-place.schemas.js';
import {
  createLeadTimeSchema,
  createPermitSchema,
  permitListQuerySchema,
  permitSchema,
  permitTypeSchema,
  updatePermitSchema,
} from '../locations/permit.schemas.js';
import { eventParams, org, orgParams } from './access.js';
import { route } from './route.js';

const locationParams = orgParams.extend({ locationId: idSchema });
const spaceParams = locationParams.extend({ spaceId: idSchema });
const placeParams = eventParams.extend({ placeId: idSchema });
const PLACES = '/api/orgs/:orgId/events/:eventId/places';
const EVENT_PERMITS = '/api/orgs/:orgId/events/:eventId/permits';
const LOCATIONS = '/api/orgs/:orgId/locations';
const LOCATION = `${LOCATIONS}/:locationId`;

/** Cities named by the organization's places, for the directory's city filter. */
export const locationCitiesSchema = z.object({ items: z.array(z.string()) });

/** Locations directory, an event's places and holds, and permits. */
export const locationsApi = {
  list: route({
    method: 'GET', path: LOCATIONS, tag: 'locations', summary: 'Venues, shoot locations, warehouses, hotels… searched by name, address or city',
    access: org('locations.read'), params: orgParams, query: locationListQuerySchema, response: pageOf(locationSummarySchema),
  }),
  cities: route({
    method: 'GET', path: '/api/orgs/:orgId/location-cities', tag: 'locations', summary: 'The cities of the directory (at most 500, by name)',
    access: org('locations.read'), params: orgParams, response: locationCitiesSchema,
  }),
  create: route({
    method: 'POST', path: LOCATIONS, tag: 'locations', summary: 'Add a place (its zone defaults to its province’s)',
    access: org('locations.write'), params: orgParams, body: createLocationSchema, response: locationSchema, successStatus: 201, versioned: true,
  }),
  get: route({
    method: 'GET', path: LOCATION, tag: 'locations', summary: 'One place with its spaces, contacts, notes and nearest hospital',
    access: org('locations.read'), params: locationParams, response: locationSchema, versioned: true,
  }),
  update: route({
    method: 'PATCH', path: LOCATION, tag: 'locations', summary: 'Edit a place (If-Match required)',
    access: org('locations.write'), params: locationParams, body: updateLocationSchema, response: locationSchema, versioned: true,
  }),
  remove: route({
    method: 'DELETE', path: LOCATION, tag: 'locations', summary: 'Delete a place no event uses',
    access: org('locations.write'), params: locationParams, response: null, successStatus: 204,
  }),
  createSpace: route({
    method: 'POST', path: `${LOCATION}/spaces`, tag: 'locations', summary: 'Add a space (hall, backstage…) to a place',
    access: org('locations.write'), params: locationParams, body: createSpaceSchema, response: spaceSchema, successStatus: 201, versioned: true,
  }),
  updateSpace: route({
    method: 'PATCH', path: `${LOCATION}/spaces/:spaceId`, tag: 'locations', summary: 'Rename a space or change its capacity (If-Match required)',
    access: org('locations.write'), params: spaceParams, body: updateSpaceSchema, response: spaceSchema, versioned: true,
  }),
  removeSpace: route({
    method: 'DELETE', path: `${LOCATION}/spaces/:spaceId`, tag: 'locations', summary: 'Delete a space no hold uses',
    access: org('locations.write'), params: spaceParams, response: null, successStatus: 204,
  }),
  usage: route({
    method: 'GET', path: `${LOCATION}/events`, tag: 'locations', summary: 'Which events use the place and when (holds by start)',
    access: org('locations.read'), params: locationParams, query: locationUsageQuerySchema, response: pageOf(locationUsageSchema),
  }),

  listPlaces: route({
    method: 'GET', path: PLACES, tag: 'locations', summary: "An event's places: role, hold, load-in and load-out windows, overlapping holds",
    access: org('events.read'), params: eventParams, query: eventPlaceListQuerySchema, response: pageOf(eventPlaceSchema),
  }),
  createPlace: route({
    method: 'POST', path: PLACES, tag: 'locations',
    summary: 'Hold a place (and space) for the event. A confirmed hold over another confirmed one is refused (409 double_booking); over earlier tentative holds it needs jumpQueue (409 hold_queue)',
    access: org('locations.write'), params: eventParams, body: createEventPlaceSchema, response: eventPlaceSchema, successStatus: 201, versioned: true,
  }),
  updatePlace: route({
    method: 'PATCH', path: `${PLACES}/:placeId`, tag: 'locations', summary: 'Change a hold: dates, windows, space, status (If-Match required)',
    access: org('locations.write'), params: placeParams, body: updateEventPlaceSchema, response: eventPlaceSchema, versioned: true,
  }),
  removePlace: route({
    method: 'DELETE', path: `${PLACES}/:placeId`, tag: 'locations', summary: 'Remove a place from the event',
    access: org('locations.write'), params: placeParams, response: null, successStatus: 204,
  }),

  listPermitTypes: route({
    method: 'GET', path: '/api/orgs/:orgId/permit-types', tag: 'permits', summary: 'Permit types with issuers, documents and dated lead times (seeded for Indonesia on first use)',
    access: org('permits.read'), params: orgParams, response: pageOf(permitTypeSchema),
  }),
  addLeadTime: route({
    method: 'POST', path: '/api/orgs/:orgId/permit-types/:typeId/lead-times', tag: 'permits',
    summary: 'A new lead time from a date on; never shorter than the statutory minimum (400 below_statutory)',
    access: org('permits.manage'), params: orgParams.extend({ typeId: idSchema }), body: createLeadTimeSchema, response: permitTypeSchema, successStatus: 201,
  }),
  listPermits: route({
    method: 'GET', path: '/api/orgs/:orgId/permits', tag: 'permits', summary: 'Permits across the organization by apply-by date (computed), with filters',
    access: org('permits.read'), params: orgParams, query: permitListQuerySchema, response: pageOf(permitSchema),
  }),
  createPermit: route({
    method: 'POST', path: `${EVENT_PERMITS}`, tag: 'permits', summary: 'Add a permit to the event; its apply-by follows the event start and the lead time',
    access: org('permits.write'), params: eventParams, body: createPermitSchema, response: permitSchema, successStatus: 201, versioned: true,
  }),
  updatePermit: route({
    method: 'PATCH', path: `${EVENT_PERMITS}/:permitId`, tag: 'permits', summary: 'Move a permit along its flow or edit it (If-Match required)',
    access: org('permits.write'), params: eventParams.extend({ permitId: idSchema }), body: updatePermitSchema, response: permitSchema, versioned: true,
  }),
  removePermit: route({
    method: 'DELETE', path: `${EVENT_PERMITS}/:permitId`, tag: 'permits', summary: 'Remove a permit from the event',
    access: org('permits.write'), params: eventParams.extend({ permitId: idSchema }), response: null, successStatus: 204,
  }),
};

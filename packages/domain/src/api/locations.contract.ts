import { z } from 'zod';
import type { Permission } from '../access/permissions.js';
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
import { route } from './route.js';

const org = (permission: Permission) => ({ kind: 'org', permission }) as const;

const orgParams = z.object({ orgId: idSchema });
const locationParams = orgParams.extend({ locationId: idSchema });
const spaceParams = locationParams.extend({ spaceId: idSchema });
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
};

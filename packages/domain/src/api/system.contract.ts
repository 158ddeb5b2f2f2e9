import { z } from 'zod';
import { publicAccess } from './access.js';
import { route } from './route.js';

/** 200 when the API and its database answer; 503 problem+json `database_unavailable` otherwise. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.literal('up'),
  version: z.string(),
});

export const systemApi = {
  health: route({
    method: 'GET', path: '/api/health', tag: 'system', summary: 'Service and database health',
    access: publicAccess, response: healthSchema,
  }),
};

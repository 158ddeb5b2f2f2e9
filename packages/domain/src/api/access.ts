import { z } from 'zod';
import type { Permission } from '../access/permissions.js';
import { idSchema } from '../common/primitives.js';

/**
 * The one copy of the helpers every area's contract file uses: who may call a route, and the
 * path parameters most routes share. Area files import from here, never redefine them.
 */
export const publicAccess = { kind: 'public' } as const;
export const userAccess = { kind: 'user' } as const;
export const org = (permission: Permission) => ({ kind: 'org', permission }) as const;

export const orgParams = z.object({ orgId: idSchema });
export const eventParams = orgParams.extend({ eventId: idSchema });

export const ORG = '/api/orgs/:orgId';
export const EVENT = `${ORG}/events/:eventId`;

/** Largest upload body (a 10 MB file, base64-encoded, with its JSON envelope). */
export const UPLOAD_LIMIT = 15 * 1024 * 1024;

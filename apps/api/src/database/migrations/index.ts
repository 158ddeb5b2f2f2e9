import { Foundation1763900000000 } from './1763900000000-foundation.js';

/** Every migration in order. ESM has no globbing, so each is listed here. */
export const migrations = [Foundation1763900000000];

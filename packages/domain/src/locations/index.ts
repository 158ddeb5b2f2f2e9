export * from './location.schemas.js';
export * from './event-place.schemas.js';
export * from './permit.schemas.js';

export * from './event-status.js';
export * from './event.schemas.js';
export * from './event-overview.schemas.js';

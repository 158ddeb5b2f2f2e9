export * from './event-status.js';
export * from './event.schemas.js';

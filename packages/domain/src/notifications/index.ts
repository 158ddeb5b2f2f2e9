export * from './notification.schemas.js';

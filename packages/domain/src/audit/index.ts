export * from './audit.schemas.js';

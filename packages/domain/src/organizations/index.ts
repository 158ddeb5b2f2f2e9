export * from './organization.schemas.js';

export * from './vendor.schemas.js';

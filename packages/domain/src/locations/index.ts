export * from './location.schemas.js';

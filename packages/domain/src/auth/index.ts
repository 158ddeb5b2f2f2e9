export * from './auth.schemas.js';
export * from './password.js';

export * from './auth.schemas.js';
export * from './password.js';
export * from './account.schemas.js';

export * from './contract.js';
export * from './openapi.js';
export * from './route.js';
export * from './timeline.contract.js';
export * from './locations.contract.js';

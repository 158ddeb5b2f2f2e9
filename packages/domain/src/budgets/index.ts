export * from './budget-math.js';
export * from './decimal.js';
export * from './budget.schemas.js';
export * from './budget-templates.js';
export * from './spend.schemas.js';
export * from './budget-import.js';
export * from './baseline.schemas.js';

export * from './budget-math.js';
export * from './decimal.js';

export * from './currency.js';
export * from './money.js';
export * from './amount-range.js';

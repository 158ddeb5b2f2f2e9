export * from './currency.js';
export * from './money.js';
export * from './amount-range.js';
export * from './parse-amount.js';

export * from './ics.js';

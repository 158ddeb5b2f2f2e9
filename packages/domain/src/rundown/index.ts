export * from './rundown.js';

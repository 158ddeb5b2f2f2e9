export * from './schedule-math.js';
export * from './task.schemas.js';

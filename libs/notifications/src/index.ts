export * from './preferences.js';
export * from './notification.js';
export * from './on-event.js';
export * from './scheduled.js';
export { weekOf } from './periods.js';

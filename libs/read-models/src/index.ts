export * from './projected-event.js';
export * from './projection.js';
export * from './read-store.port.js';
export * from './projection-runner.port.js';
export * from './plan-history.port.js';

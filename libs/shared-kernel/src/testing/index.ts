export * from './decider-specification.js';

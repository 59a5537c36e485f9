export * from './annex-kind.js';

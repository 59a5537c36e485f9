export * from './annex-kind.js';
export * from './events.js';
export * from './state.js';
export * from './validity.js';
export * from './commands/annex-commands.js';
export * from './annex.rules.js';
export * from './decide.js';

export * from './agenda-subject.js';
export * from './events.js';
export * from './state.js';
export * from './commands.js';
export * from './decide.js';
export * from './citation.rules.js';

export * from './event.js';
export * from './rule.js';
export * from './personal-identity-number.js';
export * from './upcasting.js';
export * from './streams.js';
export * from './dates.js';
export * from './required-text.rule.js';
export * from './sign-in-messages.js';

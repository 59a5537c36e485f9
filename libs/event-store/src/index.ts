export * from './event-store.port.js';
export * from './errors.js';
export * from './expected-revision.js';
export * from './hash-chain.js';
export * from './event-store-url.js';
export * from './stored-event-ids.js';
export * from './copy-log.js';
export * from './positions.js';

export * from './rule-types.js';
export * from './types.js';
export * from './sources.js';
export * from './limits.js';
export * from './consistency.js';
export * from './revision.js';
export * from './library.js';

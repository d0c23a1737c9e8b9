export * from './types.js';
export * from './match.js';
export * from './daily-dose.js';
export * from './diazepam-equivalent.js';
export { formularyEntries } from './data/index.js';

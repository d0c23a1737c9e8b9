export * from './common.js';
export * from './problem.js';
export * from './auth.js';
export * from './patients.js';
export * from './audit.js';
export * from './scheduling.js';
export * from './protocols.js';
export * from './dosing.js';

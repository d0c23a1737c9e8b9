export * from './common.js';
export * from './problem.js';
export * from './auth.js';
export * from './patients.js';
export * from './audit.js';
export * from './intake.js';
export * from './screening.js';
export * from './consent.js';

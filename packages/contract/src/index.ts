export * from './common.js';
export * from './problem.js';
export * from './auth.js';
export * from './patients.js';
export * from './audit.js';
export * from './questionnaires.js';
export * from './portal.js';
export * from './outcomes.js';

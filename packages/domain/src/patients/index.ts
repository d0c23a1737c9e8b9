export * from './age.js';
export * from './changes.js';
export * from './mrn.js';
export * from './patient.js';

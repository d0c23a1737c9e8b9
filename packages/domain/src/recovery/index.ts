export * from './aldrete.js';
export * from './discharge-criteria.js';
export * from './discharge.js';
export * from './discharge-instructions.js';

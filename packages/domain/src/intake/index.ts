export * from './codes.js';
export * from './labels.js';
export * from './types.js';
export * from './bounds.js';
export * from './form.js';
export { isIsoInstant } from './checks.js';
export * from './validate.js';

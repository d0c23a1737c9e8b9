export * from './form.js';
export * from './validity.js';

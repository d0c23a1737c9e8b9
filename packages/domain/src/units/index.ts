export * from './quantity.js';
export * from './conversions.js';
export * from './rounding.js';

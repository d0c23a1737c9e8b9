export * from './vital-codes.js';
export * from './units.js';
export * from './result-status.js';
export * from './hl7-time.js';
export * from './device-reading.js';

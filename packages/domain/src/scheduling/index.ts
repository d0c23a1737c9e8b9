export * from './appointment-types.js';
export * from './dosing-slot.js';
export * from './clinic-time.js';
export * from './opening-hours.js';
export * from './pre-session-instructions.js';

export * from './session-lifecycle.js';
export * from './start-requirements.js';
export * from './start-readiness.js';
export * from './esketamine-devices.js';
export * from './rems-form.js';
export * from './cumulative-dose.js';

export * from './course.js';
export * from './finding.js';
export * from './time.js';
export * from './spacing-rules.js';
export * from './spacing.js';
export * from './induction-calendar.js';
export * from './capacity.js';

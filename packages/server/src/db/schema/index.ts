// One schema module per area; drizzle-kit reads this folder to generate the migrations.
export * from './core.js';
export * from './scheduling.js';
export * from './protocols.js';
export * from './monitors.js';
export * from './intake.js';
export * from './questionnaires.js';
export * from './tasks.js';
export * from './portal.js';
export * from './ledger.js';
export * from './care-plan.js';
export * from './continuity.js';
export * from './sessions.js';

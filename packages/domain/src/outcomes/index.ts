export * from './response-rules.js';
export * from './history.js';
export * from './classify.js';
export * from './timeline.js';
export * from './booster.js';
export * from './induction-review.js';
export * from './dose-response.js';
export * from './dose-suggestion.js';

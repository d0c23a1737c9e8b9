export * from './types.js';
export * from './rules.js';
export { adjustedBodyWeightKg, ADJUSTED_WEIGHT_FACTOR, devine, idealBodyWeightKg } from './body-weight.js';
export { doseInputBounds } from './inputs.js';
export * from './calculate.js';

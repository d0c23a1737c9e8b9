/** Least-squares line through timed values, for the rising-blood-pressure early warning. */
import { MS_PER_MINUTE } from './iso-time.js';

export interface TimedValue {
  readonly atMs: number;
  readonly value: number;
}

export interface LinearProjection {
  /** Slope of the fitted line, units per minute. */
  readonly slopePerMin: number;
  /** The fitted line's value at `atMs`. */
  readonly projectedValue: number;
}

/**
 * Fits value = a + b·t by ordinary least squares and evaluates it at `atMs`. Returns null when
 * the times do not vary (a slope cannot be fitted) or there are fewer than two points.
 * @param points - the readings, in any order
 * @param atMs - the time to project to
 */
export function projectLeastSquares(points: readonly TimedValue[], atMs: number): LinearProjection | null {
  if (points.length < 2) {
    return null;
  }
  const meanMin = points.reduce((sum, p) => sum + p.atMs / MS_PER_MINUTE, 0) / points.length;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    const dt = point.atMs / MS_PER_MINUTE - meanMin;
    covariance += dt * (point.value - meanValue);
    variance += dt * dt;
  }
  if (variance === 0) {
    return null;
  }
  const slopePerMin = covariance / variance;
  return { slopePerMin, projectedValue: meanValue + slopePerMin * (atMs / MS_PER_MINUTE - meanMin) };
}

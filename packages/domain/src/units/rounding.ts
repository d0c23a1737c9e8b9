/**
 * Rounding for display and for the pump. One shared tolerance for float comparisons
 * (excalidraw's `PRECISION`), and a rounding that is exact on decimal steps (0.1 mg, 0.01 mL).
 */

/** Tolerance for comparing computed quantities (float noise, not clinical slack). */
export const PRECISION = 1e-9;

export const RoundingDirection = { Down: 'down', Nearest: 'nearest', Up: 'up' } as const;
export type RoundingDirection = (typeof RoundingDirection)[keyof typeof RoundingDirection];

/**
 * Rounds a value to a number of decimal places in the given direction. The value is first snapped
 * to 1e-9 of a step, so 0.3 × 10 = 2.9999999999999996 rounds down to 3, not 2.
 * @param value - a finite number
 * @param decimals - decimal places kept (0–6)
 * @param direction - down (toward −∞), nearest (half away from zero) or up (toward +∞)
 */
export function roundToDecimals(value: number, decimals: number, direction: RoundingDirection): number {
  if (!Number.isFinite(value) || !Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`Cannot round ${value} to ${decimals} decimals`);
  }
  const factor = 10 ** decimals;
  const scaled = Math.round(value * factor * 1e9) / 1e9;
  let steps: number;
  switch (direction) {
    case RoundingDirection.Down:
      steps = Math.floor(scaled);
      break;
    case RoundingDirection.Up:
      steps = Math.ceil(scaled);
      break;
    case RoundingDirection.Nearest:
      steps = Math.sign(scaled) * Math.round(Math.abs(scaled));
      break;
  }
  // Dividing an integer by a power of ten gives the shortest decimal (3 / 10 = 0.3).
  return steps / factor + 0;
}

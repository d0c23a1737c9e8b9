import { parseInstantMs } from '../course/time.js';
import { InvalidInputError } from '../errors.js';

/**
 * What one treatment session contributes to the outcome views: the dose in mg/kg (delivered mg
 * over the dose plan's dosing weight), the systolic pressure before dosing and its peak after,
 * and the highest CADSS-6 total. A value that was not recorded stays null — never estimated.
 */
export interface SessionMeasures {
  readonly doseMgPerKg: number | null;
  readonly preSystolicMmHg: number | null;
  readonly peakSystolicMmHg: number | null;
  readonly cadss6Total: number | null;
}

export interface SessionMeasuresInput {
  readonly dosingStartedAt: string;
  readonly deliveredMg: number | null;
  /** The dose plan's dosing weight (DEFAULTS.md §1: 30–300 kg). */
  readonly dosingKg: number | null;
  readonly systolicReadings: readonly { readonly takenAt: string; readonly systolicMmHg: number }[];
  readonly cadss6Totals: readonly number[];
}

/** mg/kg to two decimals, as doses are prescribed (0.5, 0.75). */
export function doseMgPerKgOf(deliveredMg: number, dosingKg: number): number {
  if (!Number.isFinite(deliveredMg) || deliveredMg < 0) {
    throw InvalidInputError.forField('deliveredMg', 'The delivered dose must be a number of mg, 0 or more');
  }
  if (!Number.isFinite(dosingKg) || dosingKg < 30 || dosingKg > 300) {
    throw InvalidInputError.forField('dosingKg', 'The dosing weight must be 30–300 kg (DEFAULTS.md §1)');
  }
  return Math.round((deliveredMg / dosingKg) * 100) / 100;
}

/**
 * @param input - dosing start, delivered mg and dosing weight (null when unknown), systolic readings, CADSS-6 totals
 * @throws InvalidInputError for a bad time, dose or weight
 */
export function summariseSessionMeasures(input: SessionMeasuresInput): SessionMeasures {
  const startMs = parseInstantMs(input.dosingStartedAt, 'dosingStartedAt');
  const timed = input.systolicReadings.map((r, i) => ({
    ms: parseInstantMs(r.takenAt, `systolicReadings/${String(i)}/takenAt`),
    sbp: r.systolicMmHg,
  }));
  timed.sort((a, b) => a.ms - b.ms);
  const before = timed.filter((r) => r.ms <= startMs);
  const after = timed.filter((r) => r.ms > startMs);
  return {
    doseMgPerKg:
      input.deliveredMg === null || input.dosingKg === null ? null : doseMgPerKgOf(input.deliveredMg, input.dosingKg),
    preSystolicMmHg: before.at(-1)?.sbp ?? null,
    peakSystolicMmHg: after.length === 0 ? null : Math.max(...after.map((r) => r.sbp)),
    cadss6Total: input.cadss6Totals.length === 0 ? null : Math.max(...input.cadss6Totals),
  };
}

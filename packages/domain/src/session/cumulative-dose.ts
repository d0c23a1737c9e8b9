/**
 * The dose delivered so far, from the pump's rate history: piecewise-constant rates in mL/h,
 * pauses, resumes, a stop, and boluses (an instantaneous volume). The sum of segments is exact
 * arithmetic on the recorded history; nothing is rounded here (display rounds).
 */
import { InvalidInputError, type FieldFault, assertNoFaults } from '../errors.js';
import { instantMs } from '../monitoring/iso-time.js';

const MS_PER_HOUR = 3_600_000;

/**
 * One pump event. `rate` starts the pump or changes its rate (while paused it sets the rate used
 * on resume); `pause` and `resume` stop and restart flow at the current rate; `stop` ends the
 * infusion for good; `bolus` delivers `volumeMl` at once.
 */
export type RateEvent =
  | { readonly kind: 'rate'; readonly at: string; readonly rateMlPerHour: number }
  | { readonly kind: 'pause'; readonly at: string }
  | { readonly kind: 'resume'; readonly at: string }
  | { readonly kind: 'stop'; readonly at: string }
  | { readonly kind: 'bolus'; readonly at: string; readonly volumeMl: number };

interface PumpState {
  readonly rateMlPerHour: number | null;
  readonly paused: boolean;
  readonly stopped: boolean;
}

const initialState: PumpState = { rateMlPerHour: null, paused: false, stopped: false };

/** The state after an event, or a fault message when the event cannot happen in this state. */
function step(state: PumpState, event: RateEvent): PumpState | string {
  if (state.stopped) {
    return 'No pump event can follow a stop';
  }
  switch (event.kind) {
    case 'rate':
      return Number.isFinite(event.rateMlPerHour) && event.rateMlPerHour >= 0
        ? { ...state, rateMlPerHour: event.rateMlPerHour }
        : 'rateMlPerHour must be a number ≥ 0';
    case 'pause':
      return state.rateMlPerHour !== null && !state.paused ? { ...state, paused: true } : 'Pause needs a running pump';
    case 'resume':
      return state.paused ? { ...state, paused: false } : 'Resume needs a paused pump';
    case 'stop':
      return { ...state, stopped: true };
    case 'bolus':
      return Number.isFinite(event.volumeMl) && event.volumeMl > 0 ? state : 'volumeMl must be a number > 0';
  }
}

function validateHistory(history: readonly RateEvent[]): number[] {
  const faults: FieldFault[] = [];
  let state = initialState;
  let previousMs = Number.NEGATIVE_INFINITY;
  const times = history.map((event, index) => {
    const ms = instantMs(event.at, `rateHistory/${index}/at`);
    if (ms < previousMs) {
      faults.push({ field: `rateHistory/${index}/at`, message: 'Pump events must be in time order' });
    }
    previousMs = ms;
    const next = step(state, event);
    if (typeof next === 'string') {
      faults.push({ field: `rateHistory/${index}`, message: next });
    } else {
      state = next;
    }
    return ms;
  });
  assertNoFaults(faults, 'The pump history is not valid');
  return times;
}

/**
 * Volume delivered from the start of the history up to `until` (inclusive of a bolus at `until`).
 * @param rateHistory - pump events in time order
 * @param until - the instant to compute to
 */
export function deliveredVolumeMl(rateHistory: readonly RateEvent[], until: string): number {
  const times = validateHistory(rateHistory);
  const untilMs = instantMs(until, 'until');
  let state = initialState;
  let fromMs = Number.NEGATIVE_INFINITY;
  let volumeMl = 0;
  const flow = (toMs: number): number =>
    state.rateMlPerHour !== null && !state.paused && !state.stopped && toMs > fromMs
      ? (state.rateMlPerHour * (toMs - fromMs)) / MS_PER_HOUR
      : 0;
  for (const [index, event] of rateHistory.entries()) {
    const atMs = times[index] ?? untilMs;
    if (atMs > untilMs) {
      break;
    }
    volumeMl += flow(atMs);
    volumeMl += event.kind === 'bolus' ? event.volumeMl : 0;
    const next = step(state, event);
    state = typeof next === 'string' ? state : next;
    fromMs = atMs;
  }
  return volumeMl + flow(untilMs);
}

/**
 * The dose delivered up to `until`, in mg: delivered volume × concentration.
 * @param rateHistory - pump events in time order (rates in mL/h, boluses in mL)
 * @param concentrationMgPerMl - the prepared concentration in the line
 * @param until - the instant to compute to
 */
export function cumulativeDoseMg(
  rateHistory: readonly RateEvent[],
  concentrationMgPerMl: number,
  until: string,
): number {
  if (!Number.isFinite(concentrationMgPerMl) || concentrationMgPerMl <= 0) {
    throw InvalidInputError.forField(
      'concentrationMgPerMl',
      `Concentration must be a number > 0 (got ${concentrationMgPerMl})`,
    );
  }
  return deliveredVolumeMl(rateHistory, until) * concentrationMgPerMl;
}

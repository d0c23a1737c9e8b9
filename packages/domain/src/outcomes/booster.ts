import { MissingInputError } from '../errors.js';
import { msPerDay, parseInstantMs } from '../course/time.js';
import type { ResponseTimeline } from './timeline.js';

/**
 * How a booster date is suggested (maintenance, DEFAULTS.md §2 "booster when benefit
 * fades" [S]). Andrade 2017: "dose a little before the effect of the previous session is
 * expected to wear off". The numbers are Chairside policy [P].
 */
export const boosterSuggestionRule = {
  id: 'outcome.booster.before-expected-loss',
  version: 1,
  /** Suggest this many days before the expected loss of response. */
  marginDays: 3,
  /** Never suggest a booster sooner than this after the last session. */
  minDaysAfterLastSession: 7,
  source: {
    tag: 'S',
    citation:
      'Andrade C. J Clin Psychiatry 2017;78:e852 (individualise: dose a little before the effect is expected to wear off); margin and minimum gap are Chairside policy [P]',
  },
} as const;

export type BoosterSuggestion =
  | {
      readonly suggested: false;
      readonly rule: string;
      readonly reason: 'no-durability-history' | 'not-currently-responding';
      readonly message: string;
    }
  | {
      readonly suggested: true;
      readonly rule: string;
      /** Suggested booster time; a physician accepts or changes it. */
      readonly suggestedAt: string;
      readonly expectedLossAt: string;
      readonly basis: {
        readonly durabilitiesDays: readonly number[];
        readonly medianDurabilityDays: number;
        readonly anchorAt: string;
        readonly marginDays: number;
        readonly minDaysAfterLastSession: number;
        readonly floorApplied: boolean;
      };
      readonly reasoning: string;
    };

/** Median of whole days, rounded down so a booster is never suggested later than the data support. */
function medianDays(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  const lower = sorted[mid - 1] ?? upper;
  return sorted.length % 2 === 1 ? upper : Math.floor((lower + upper) / 2);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Suggests when the next booster should be given, from this patient's own past durations of benefit.
 *
 * Rule: durabilities = days from response to loss of response in the patient's completed
 * episodes. Anchor = the later of the start of the current response and the last session.
 * Expected loss = anchor + median durability; suggestion = expected loss − 3 days, but never
 * sooner than 7 days after the last session. No suggestion without at least one completed
 * episode, or when the patient is not responding now (never invented).
 * @param input - the `timeline` of the course and `lastSessionAt`, the latest session given
 * @throws MissingInputError without a last session
 */
export function suggestNextBooster(input: {
  readonly timeline: ResponseTimeline;
  readonly lastSessionAt: string;
}): BoosterSuggestion {
  const rule = boosterSuggestionRule;
  const ruleRef = `${rule.id}@${rule.version}`;
  if (input.lastSessionAt === '') {
    throw MissingInputError.forField('lastSessionAt', 'The last session time is needed to time a booster');
  }
  const lastSessionMs = parseInstantMs(input.lastSessionAt, 'lastSessionAt');
  const durabilitiesDays = input.timeline.episodes.flatMap((e) =>
    e.durabilityDays === undefined ? [] : [e.durabilityDays],
  );
  if (durabilitiesDays.length === 0) {
    return {
      suggested: false,
      rule: ruleRef,
      reason: 'no-durability-history',
      message:
        'No booster date suggested: this patient has no recorded loss of response yet, so the duration of benefit is unknown.',
    };
  }
  const current = input.timeline.episodes[input.timeline.episodes.length - 1];
  if (!input.timeline.currentlyResponding || current === undefined) {
    return {
      suggested: false,
      rule: ruleRef,
      reason: 'not-currently-responding',
      message:
        'No booster date suggested: the latest score does not meet the response rule. Review the plan with the physician.',
    };
  }
  const median = medianDays(durabilitiesDays);
  const anchorMs = Math.max(parseInstantMs(current.respondedAt, 'timeline/episodes/respondedAt'), lastSessionMs);
  const expectedLossMs = anchorMs + median * msPerDay;
  const floorMs = lastSessionMs + rule.minDaysAfterLastSession * msPerDay;
  const byMarginMs = expectedLossMs - rule.marginDays * msPerDay;
  const floorApplied = byMarginMs < floorMs;
  const suggestedMs = floorApplied ? floorMs : byMarginMs;
  const floorNote = floorApplied
    ? ` This is earlier than ${rule.minDaysAfterLastSession} days after the last session, so the suggestion is moved to that day; benefit may fade first — physician to review the interval.`
    : '';
  return {
    suggested: true,
    rule: ruleRef,
    suggestedAt: iso(suggestedMs),
    expectedLossAt: iso(expectedLossMs),
    basis: {
      durabilitiesDays,
      medianDurabilityDays: median,
      anchorAt: iso(anchorMs),
      marginDays: rule.marginDays,
      minDaysAfterLastSession: rule.minDaysAfterLastSession,
      floorApplied,
    },
    reasoning: `Past benefit lasted ${durabilitiesDays.join(', ')} days (median ${median}). Benefit is expected to fade about ${median} days after ${iso(anchorMs).slice(0, 10)}; a booster ${rule.marginDays} days before that is suggested.${floorNote} A physician accepts or changes this date.`,
  };
}

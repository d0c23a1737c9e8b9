import {
  getOutcomeRule,
  getScale,
  isOutcomeScaleId,
  responseTimeline,
  suggestNextBooster,
  type BoosterSuggestion,
  type DatedScore,
  type OutcomeRule,
  type ResponseTimeline,
  type ScaleId,
} from '@chairside/domain';
import type { QuestionnaireResponseRecord } from '../ports.js';

export interface OutcomeScore {
  readonly responseId: string;
  readonly takenAt: string;
  readonly total: number;
  readonly bandLabel: string | null;
  readonly enteredByRole: string;
}

export interface ScaleOutcome {
  readonly scaleId: ScaleId;
  readonly scores: readonly OutcomeScore[];
  readonly incompleteCount: number;
  readonly rule: OutcomeRule | null;
  /** The total at or below which a score meets the response rule; null without a baseline. */
  readonly responseAtMost: number | null;
  /** The total at or below which a score is a remission; null for scales without a rule. */
  readonly remissionAtMost: number | null;
  readonly timeline: ResponseTimeline | null;
  readonly booster: BoosterSuggestion | null;
  /** Why the timeline or booster is missing, in words a clinician reads. */
  readonly note: string | null;
}

/** Highest whole-number total that still meets the response rule (DEFAULTS.md §6). */
export function responseAtMost(rule: OutcomeRule, baselineTotal: number): number | null {
  if (rule.response.kind === 'relative-drop') {
    // drop * 100 ≥ pct * baseline ⇔ total ≤ baseline − ceil(pct * baseline / 100)
    return baselineTotal > 0 ? baselineTotal - Math.ceil((rule.response.minDropPct * baselineTotal) / 100) : null;
  }
  const limit = baselineTotal - rule.response.minDropPoints;
  return limit >= 0 ? limit : null;
}

function remissionAtMost(rule: OutcomeRule): number {
  return rule.remission.kind === 'below' ? rule.remission.threshold - 1 : rule.remission.threshold;
}

const noSessionsNote =
  'No treatment session has taken place yet (a completed dosing appointment). The baseline is the last score before the first session (DEFAULTS.md §6), so baseline, response and durability appear once the course starts.';

/**
 * Everything the outcome chart shows for one scale. `sessionAts` are the start times of the
 * patient's treatment sessions (none exist yet); they set the baseline and will be drawn as
 * session markers when sessions are recorded.
 */
export function buildScaleOutcome(
  scaleId: ScaleId,
  responses: readonly QuestionnaireResponseRecord[],
  sessionAts: readonly string[],
): ScaleOutcome {
  const own = responses.filter((r) => r.scaleId === scaleId);
  const scores = own.flatMap((r): OutcomeScore[] =>
    r.complete && r.total !== null
      ? [
          {
            responseId: r.id,
            takenAt: r.takenAt,
            total: r.total,
            bandLabel: r.bandLabel,
            enteredByRole: r.enteredByRole,
          },
        ]
      : [],
  );
  const base = { scaleId, scores, incompleteCount: own.length - scores.length };
  if (!isOutcomeScaleId(scaleId)) {
    const note = `${getScale(scaleId).abbreviation} has no response or remission rule (DEFAULTS.md §6).`;
    return { ...base, rule: null, responseAtMost: null, remissionAtMost: null, timeline: null, booster: null, note };
  }
  const rule = getOutcomeRule(scaleId);
  const empty = {
    ...base,
    rule,
    responseAtMost: null,
    remissionAtMost: remissionAtMost(rule),
    timeline: null,
    booster: null,
  };
  if (sessionAts.length === 0) {
    return { ...empty, note: noSessionsNote };
  }
  const history: DatedScore[] = uniqueByTime(scores).map((s) => ({ scaleId, total: s.total, takenAt: s.takenAt }));
  const timeline = responseTimeline({ scaleId, history, sessionAts });
  if (!timeline.baseline) {
    return {
      ...empty,
      timeline,
      note: 'No score before the first session: there is no baseline, so response cannot be judged.',
    };
  }
  const lastSessionAt = [...sessionAts].sort().at(-1) ?? '';
  return {
    ...empty,
    timeline,
    responseAtMost: responseAtMost(rule, timeline.baseline.total),
    booster: suggestNextBooster({ timeline, lastSessionAt }),
    note: null,
  };
}

/** Two forms at the same instant cannot both be dated scores: the later-recorded one wins. */
function uniqueByTime(scores: readonly OutcomeScore[]): OutcomeScore[] {
  const byTime = new Map<string, OutcomeScore>();
  for (const score of scores) {
    byTime.set(score.takenAt, score);
  }
  return [...byTime.values()];
}

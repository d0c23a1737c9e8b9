import type { ScaleOutcomeView } from '@chairside/contract';
import type { BoosterSuggestion, ResponseTimeline } from '@chairside/domain';

/** The outcome view with the domain's timeline and booster types (sent as plain JSON). */
export interface ScaleOutcome extends Omit<ScaleOutcomeView, 'timeline' | 'booster'> {
  readonly timeline: ResponseTimeline | null;
  readonly booster: BoosterSuggestion | null;
}

export const asScaleOutcome = (view: ScaleOutcomeView): ScaleOutcome => view as ScaleOutcome;

/** Band colours from light to dark: the same order every scale uses (none-minimal → severe). */
export const bandColours = ['#e6f4ea', '#fff8e1', '#ffe9cc', '#ffd6cc', '#f8c4c4'] as const;
export const bandColour = (index: number): string => bandColours[Math.min(index, bandColours.length - 1)] ?? '#eee';

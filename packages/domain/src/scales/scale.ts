/**
 * Outcome and monitoring scales as data. A scale is a plain, JSON-serialisable
 * object: items, answer options, range, bands and flag rules, with its licence
 * and sources. Item text is carried only where the licence allows it
 * (REFERENCE.md §9.1 "Licensing note"; §12 item 11).
 */

export const ScaleId = {
  Phq9: 'phq-9',
  Gad7: 'gad-7',
  Pcl5: 'pcl-5',
  PainNrs: 'pain-nrs',
  Isi: 'isi',
  Wsas: 'wsas',
  Cadss6: 'cadss-6',
  Moaas: 'moaa-s',
  CheckIn: 'check-in',
} as const;
export type ScaleId = (typeof ScaleId)[keyof typeof ScaleId];

export const allScaleIds: readonly ScaleId[] = Object.values(ScaleId);

/** True when the text names a scale in the catalogue. */
export function isScaleId(value: string): value is ScaleId {
  return (allScaleIds as readonly string[]).includes(value);
}

/** REFERENCE.md tags: label, guideline, trial, secondary, clinic practice, Chairside policy. */
export type ScaleSourceTag = 'L' | 'G' | 'T' | 'S' | 'C' | 'P';

export interface ScaleSource {
  readonly tag: ScaleSourceTag;
  readonly citation: string;
}

export const ScaleLicenceStatus = {
  /** Released without copyright restriction (PHQ-9, GAD-7 by Pfizer; pain NRS; WSAS). */
  Free: 'free',
  /** Produced by a government body and not copyrighted (PCL-5, VA NCPTSD). */
  PublicDomain: 'public-domain',
  /** Needs the owner's permission or a licence before its text may be embedded (ISI). */
  PermissionRequired: 'permission-required',
  /** Clinician-rated instrument; only its structure and scoring are carried here. */
  ClinicianInstrument: 'clinician-instrument',
} as const;
export type ScaleLicenceStatus = (typeof ScaleLicenceStatus)[keyof typeof ScaleLicenceStatus];

export interface ScaleLicence {
  readonly status: ScaleLicenceStatus;
  readonly note: string;
  /** False when items carry neutral labels ("Item 3") instead of the instrument's wording. */
  readonly itemTextIncluded: boolean;
}

export interface ScaleAnswerOption {
  readonly value: number;
  readonly label: string;
  /** LOINC answer code (LA…) where REFERENCE.md §9.3 gives one; otherwise undefined. */
  readonly loincAnswerCode: string | undefined;
}

export interface ScaleItem {
  /** Stable id, `<scale>.item-<n>` (`phq-9.item-9`). */
  readonly id: string;
  /** Position in the instrument as published (CADSS-6 keeps the CADSS item numbers). */
  readonly number: number;
  /** Verbatim item text when the licence allows it, else a neutral label. */
  readonly label: string;
  readonly textIsVerbatim: boolean;
  /** LOINC question code where REFERENCE.md §9.3 gives one; otherwise undefined. */
  readonly loincCode: string | undefined;
  /** Symptom cluster (PCL-5 DSM-5 criteria B–E); undefined for scales without clusters. */
  readonly cluster: string | undefined;
}

/** A severity band over the total, both ends inclusive. */
export interface ScoreBand {
  readonly id: string;
  readonly label: string;
  readonly minTotal: number;
  readonly maxTotal: number;
}

export type ScaleFlagKind = 'suicide-risk' | 'probable-ptsd' | 'check-in-concern';
export type ScaleFlagSeverity = 'info' | 'warning' | 'soft-stop' | 'hard-stop';

/** What makes a flag fire: an item answered above a value, or a total at or above a cut-point. */
export type ScaleFlagTrigger =
  | { readonly kind: 'item-above'; readonly itemId: string; readonly above: number }
  | { readonly kind: 'total-at-least'; readonly minTotal: number };

export interface ScaleFlagRule {
  readonly id: string;
  readonly version: number;
  readonly flag: ScaleFlagKind;
  readonly severity: ScaleFlagSeverity;
  readonly trigger: ScaleFlagTrigger;
  /** What the clinician is asked to do when it fires. */
  readonly action: string;
  readonly source: ScaleSource;
}

export interface Scale {
  readonly id: ScaleId;
  readonly version: number;
  readonly title: string;
  readonly abbreviation: string;
  readonly administeredBy: 'patient' | 'clinician';
  readonly recallPeriod: string;
  /** Instructions shown above the items, when the licence allows them. */
  readonly instructions: string | undefined;
  readonly licence: ScaleLicence;
  /** LOINC panel code; undefined when REFERENCE.md gives none. */
  readonly panelLoinc: string | undefined;
  /** LOINC total-score code; undefined when REFERENCE.md gives none. */
  readonly totalLoinc: string | undefined;
  readonly loincNote: string;
  readonly items: readonly ScaleItem[];
  /** One option set shared by every item of the scale. */
  readonly answerOptions: readonly ScaleAnswerOption[];
  readonly totalRange: { readonly min: number; readonly max: number };
  /** Bands cover the whole range without gaps; empty when the scale has no bands. */
  readonly bands: readonly ScoreBand[];
  readonly flagRules: readonly ScaleFlagRule[];
  readonly notes: readonly string[];
  readonly sources: readonly ScaleSource[];
}

/**
 * Items numbered as published, each with a neutral label ("Item 3") and no LOINC code.
 * @param scaleId - the scale the items belong to
 * @param numbers - the published item numbers, in order
 * @param cluster - the cluster of each item number, when the scale has clusters
 */
export function neutralItems(
  scaleId: ScaleId,
  numbers: readonly number[],
  cluster?: (itemNumber: number) => string,
): ScaleItem[] {
  return numbers.map((number) => ({
    id: `${scaleId}.item-${number}`,
    number,
    label: `Item ${number}`,
    textIsVerbatim: false,
    loincCode: undefined,
    cluster: cluster ? cluster(number) : undefined,
  }));
}

/**
 * Options valued min..max labelled by their number, except where a label is given.
 * @param min - lowest value
 * @param max - highest value
 * @param labels - labels for some values (anchors)
 */
export function numericOptions(
  min: number,
  max: number,
  labels: Readonly<Record<number, string>> = {},
): ScaleAnswerOption[] {
  const options: ScaleAnswerOption[] = [];
  for (let value = min; value <= max; value += 1) {
    const anchor = labels[value];
    options.push({ value, label: anchor ? `${value} – ${anchor}` : String(value), loincAnswerCode: undefined });
  }
  return options;
}

/** 1..n, for instruments numbered from one. */
export function itemNumbers(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

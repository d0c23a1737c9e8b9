/**
 * The built-in formulary: enough of the US market to recognise what intake patients take and to
 * tag each drug with the classes DEFAULTS.md §3 has rules for (REFERENCE.md §6 "Software implication").
 */

/** Class tags; a rule matches on a class or on an ingredient. */
export const DrugClass = {
  Benzodiazepine: 'benzodiazepine',
  Opioid: 'opioid',
  OpioidAntagonist: 'opioid-antagonist',
  CnsDepressant: 'cns-depressant',
  Maoi: 'maoi',
  Stimulant: 'stimulant',
  Methylxanthine: 'methylxanthine',
  NmdaAntagonist: 'nmda-antagonist',
  StrongCyp3a4Inhibitor: 'strong-cyp3a4-inhibitor',
  StrongCyp3a4Inducer: 'strong-cyp3a4-inducer',
  Cyp2b6Inhibitor: 'cyp2b6-inhibitor',
  Cyp2b6Inducer: 'cyp2b6-inducer',
  Ssri: 'ssri',
  Snri: 'snri',
  Tca: 'tca',
  OtherAntidepressant: 'other-antidepressant',
  MoodStabilizer: 'mood-stabilizer',
  Anticonvulsant: 'anticonvulsant',
  Antipsychotic: 'antipsychotic',
  Other: 'other',
} as const;
export type DrugClass = (typeof DrugClass)[keyof typeof DrugClass];

export interface FormularyEntry {
  /** The generic name, lower case; combinations joined with "/". */
  readonly generic: string;
  /** Active ingredients (one for single-ingredient drugs). */
  readonly ingredients: readonly string[];
  readonly brands: readonly string[];
  /** Other generic spellings (rifampicin, valproic acid). */
  readonly synonyms: readonly string[];
  readonly classes: readonly DrugClass[];
  /**
   * Benzodiazepines only: mg of this drug equivalent to 10 mg diazepam (Ashton 2002, as listed in
   * DEFAULTS.md §3). Absent when DEFAULTS gives no figure: the equivalent is then not computed.
   */
  readonly diazepamEquivalentMg?: number;
}

/** How a medication name was matched, or why not. Never dropped: unrecognised names stay visible. */
export type MedicationMatch =
  | {
      readonly status: 'recognised';
      readonly input: string;
      readonly entry: FormularyEntry;
      readonly matchedName: string;
      readonly matchedOn: 'generic' | 'brand' | 'synonym';
    }
  | { readonly status: 'unrecognised'; readonly input: string; readonly normalised: string };

/**
 * Builds a formulary entry (keeps the data files short).
 * @param generic - generic name
 * @param classes - class tags
 * @param brands - US brand names
 * @param extra - synonyms, ingredients of a combination, diazepam equivalent
 */
export function drug(
  generic: string,
  classes: readonly DrugClass[],
  brands: readonly string[] = [],
  extra: {
    readonly synonyms?: readonly string[];
    readonly ingredients?: readonly string[];
    readonly diazepamEquivalentMg?: number;
  } = {},
): FormularyEntry {
  return {
    generic,
    ingredients: extra.ingredients ?? generic.split('/'),
    brands,
    synonyms: extra.synonyms ?? [],
    classes,
    ...(extra.diazepamEquivalentMg === undefined ? {} : { diazepamEquivalentMg: extra.diazepamEquivalentMg }),
  };
}

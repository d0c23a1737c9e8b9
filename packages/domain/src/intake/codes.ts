/**
 * Coded answers of the intake form. Every indication and every contraindication row of
 * DEFAULTS.md §3 is a code here, so screening can match them exactly; free text goes in `note`.
 */

/** Reasons for referral (DEFAULTS.md §3, indications). */
export const IndicationCode = {
  TreatmentResistantDepression: 'treatment-resistant-depression',
  MajorDepression: 'major-depression',
  BipolarDepression: 'bipolar-depression',
  Ptsd: 'ptsd',
  SevereAnxietyDisorder: 'severe-anxiety-disorder',
  DepressionWithSuicidalIdeation: 'depression-with-suicidal-ideation',
  ChronicPainCrps: 'chronic-pain-crps',
  ChronicPainFibromyalgia: 'chronic-pain-fibromyalgia',
  ChronicPainNeuropathic: 'chronic-pain-neuropathic',
  ChronicPainOther: 'chronic-pain-other',
  MildDepression: 'mild-depression',
  SituationalDepression: 'situational-depression',
  MoodSwings: 'mood-swings',
} as const;
export type IndicationCode = (typeof IndicationCode)[keyof typeof IndicationCode];
export const allIndicationCodes: readonly IndicationCode[] = Object.values(IndicationCode);

/** Medical and psychiatric history items; each contraindication row of DEFAULTS.md §3 has one or more. */
export const ConditionCode = {
  KetamineHypersensitivity: 'ketamine-hypersensitivity',
  Schizophrenia: 'schizophrenia',
  OtherPrimaryPsychoticDisorder: 'other-primary-psychotic-disorder',
  CurrentPsychosis: 'current-psychosis',
  AneurysmalVascularDisease: 'aneurysmal-vascular-disease',
  ArteriovenousMalformation: 'arteriovenous-malformation',
  IntracerebralHaemorrhageHistory: 'intracerebral-haemorrhage-history',
  /** Needs `onsetDate`: < 6 months is a hard-stop, older counts as stable coronary disease. */
  MyocardialInfarction: 'myocardial-infarction',
  UnstableAngina: 'unstable-angina',
  DecompensatedHeartFailure: 'decompensated-heart-failure',
  UnstableArrhythmia: 'unstable-arrhythmia',
  StableCoronaryDisease: 'stable-coronary-disease',
  ControlledCardiovascularDisease: 'controlled-cardiovascular-disease',
  RaisedIntracranialPressure: 'raised-intracranial-pressure',
  IntracranialMass: 'intracranial-mass',
  RaisedIntraocularPressure: 'raised-intraocular-pressure',
  Glaucoma: 'glaucoma',
  SevereHepaticImpairment: 'hepatic-impairment-severe',
  ModerateHepaticImpairment: 'hepatic-impairment-moderate',
  UntreatedHyperthyroidism: 'hyperthyroidism-untreated',
  ActiveSubstanceUseDisorder: 'substance-use-disorder-active',
  PastSubstanceUseDisorder: 'substance-use-disorder-past',
  KetamineMisuseHistory: 'ketamine-misuse-history',
  InterstitialCystitis: 'interstitial-cystitis',
  UlcerativeCystitis: 'ulcerative-cystitis',
  UrinarySymptoms: 'urinary-symptoms',
  AcutePorphyria: 'acute-porphyria',
  /** Anything else worth a physician's eye; needs a note. */
  Other: 'other',
} as const;
export type ConditionCode = (typeof ConditionCode)[keyof typeof ConditionCode];
export const allConditionCodes: readonly ConditionCode[] = Object.values(ConditionCode);

/** Earlier treatments asked about at intake. */
export const PriorTreatmentKind = { Ketamine: 'ketamine', Esketamine: 'esketamine', Ect: 'ect', Tms: 'tms' } as const;
export type PriorTreatmentKind = (typeof PriorTreatmentKind)[keyof typeof PriorTreatmentKind];

export const TreatmentResponse = {
  Remission: 'remission',
  Response: 'response',
  Partial: 'partial',
  None: 'none',
  Unknown: 'unknown',
} as const;
export type TreatmentResponse = (typeof TreatmentResponse)[keyof typeof TreatmentResponse];

export const PregnancyStatus = { Pregnant: 'pregnant', NotPregnant: 'not-pregnant', Unknown: 'unknown' } as const;
export type PregnancyStatus = (typeof PregnancyStatus)[keyof typeof PregnancyStatus];

export const PregnancyTestResult = { Positive: 'positive', Negative: 'negative' } as const;
export type PregnancyTestResult = (typeof PregnancyTestResult)[keyof typeof PregnancyTestResult];

/** Yes / no / not known: "not known" is never read as "no". */
export const YesNoUnknown = { Yes: 'yes', No: 'no', Unknown: 'unknown' } as const;
export type YesNoUnknown = (typeof YesNoUnknown)[keyof typeof YesNoUnknown];

export const SubstanceCode = {
  Alcohol: 'alcohol',
  Cannabis: 'cannabis',
  Stimulants: 'stimulants',
  Opioids: 'opioids',
  Sedatives: 'sedatives',
  Ketamine: 'ketamine',
  Hallucinogens: 'hallucinogens',
  Other: 'other',
} as const;
export type SubstanceCode = (typeof SubstanceCode)[keyof typeof SubstanceCode];

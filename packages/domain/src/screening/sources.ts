/** Citations of the screening rules (DEFAULTS.md §3, with REFERENCE.md sections). */
import type { RuleSource } from '../protocols/rule-types.js';

export const screeningSources = {
  indicationPolicy: { tags: ['P'], citation: 'DEFAULTS.md §3: at least one qualifying indication required' },
  trd: {
    tags: ['T', 'G'],
    citation:
      'TRD = ≥ 2 failed adequate antidepressant trials (Fava 2018; CANMAT, Swainson 2021: IV ketamine third-line)',
  },
  bipolar: {
    tags: ['T'],
    citation: 'Diazgranados 2010 (add-on to lithium/valproate; manic switch observed); REFERENCE.md §11',
  },
  crps: { tags: ['G'], citation: 'Cohen SP et al. 2018, Reg Anesth Pain Med 43:521: CRPS moderate evidence (grade B)' },
  weakPain: {
    tags: ['G'],
    citation: 'Cohen 2018: fibromyalgia, neuropathic and other pain: weak or no evidence (grade C–D)',
  },
  notIndicated: {
    tags: ['C'],
    citation: 'DEFAULTS.md §3: mild or situational depression, mood swings alone (seed practice)',
  },
  protocolIndication: {
    tags: ['P', 'L'],
    citation: 'Chairside policy; SPRAVATO USPI §1 indications (TRD; MDD with suicidal ideation)',
  },
  hypersensitivity: {
    tags: ['L'],
    citation: 'KETALAR USPI §4; SPRAVATO USPI §4 (hypersensitivity to ketamine, esketamine or excipients)',
  },
  psychosis: {
    tags: ['L', 'G'],
    citation: 'KETALAR/SPRAVATO warnings; Cohen 2018 (avoid in poorly controlled psychosis); REFERENCE.md §5',
  },
  vascularSpravato: {
    tags: ['L'],
    citation: 'SPRAVATO USPI §4: aneurysmal vascular disease, AVM, history of intracerebral haemorrhage',
  },
  vascularKetalar: {
    tags: ['L'],
    citation:
      'KETALAR USPI §4 (where a significant rise in blood pressure would be a serious hazard); DEFAULTS.md §3 after SPRAVATO §4',
  },
  bpSevere: {
    tags: ['L-CH'],
    citation: 'Swiss ketamine SmPC: contraindicated with resting BP > 180/100 mmHg; REFERENCE.md §5, §7.3',
  },
  bpElevated: {
    tags: ['L', 'C'],
    citation:
      'SPRAVATO: consider delaying if BP > 140/90; one academic clinic: no treatment that day (REFERENCE.md §7.3)',
  },
  unstableCardiac: {
    tags: ['G', 'C'],
    citation:
      'Cohen 2018 (poorly controlled CV disease); WestJEM 2020 ED protocol (ACS, decompensated HF, unstable dysrhythmia)',
  },
  stableCardiac: { tags: ['G'], citation: 'Cohen 2018: baseline ECG with suspected or high cardiovascular risk' },
  intracranial: {
    tags: ['L', 'G'],
    citation: 'KETALAR (raised CSF pressure); SPRAVATO (BP/ICP risk); Cohen 2018 (elevated ICP)',
  },
  intraocular: {
    tags: ['G'],
    citation: 'Cohen 2018: elevated intraocular pressure, do not use or only with extreme caution',
  },
  hepatic: {
    tags: ['G', 'L'],
    citation: 'Cohen 2018 (severe: avoid; moderate: caution + monitoring); KETALAR DILI warning, baseline LFTs',
  },
  hyperthyroid: { tags: ['L-CH'], citation: 'Swiss ketamine SmPC: untreated or inadequately treated hyperthyroidism' },
  sudActive: { tags: ['G'], citation: 'Cohen 2018: active substance abuse, no serial infusions' },
  sudPast: { tags: ['G'], citation: 'Cohen 2018 universal precautions; SPRAVATO: assess abuse risk' },
  cystitis: {
    tags: ['L'],
    citation: 'KETALAR and SPRAVATO: ulcerative/interstitial cystitis, monitor urinary symptoms',
  },
  porphyria: { tags: ['S'], citation: 'e-SAFE anaesthesia (UK): acute porphyria among relative contraindications' },
  breastfeeding: { tags: ['L'], citation: 'SPRAVATO USPI §8.2: do not breastfeed' },
  pregnancy: {
    tags: ['L'],
    citation: 'SPRAVATO: may cause fetal harm, not recommended; KETALAR: not recommended in pregnancy',
  },
  age: { tags: ['P'], citation: 'Chairside default policy (DEFAULTS.md §3: < 18 hard-stop, > 65 warning)' },
  suicidalIdeation: {
    tags: ['G', 'T'],
    citation: 'PHQ-9 item 9 > 0 → structured suicide risk assessment (Simon 2013; AACN 2020); C-SSRS screener',
  },
  suicideScreenPolicy: { tags: ['P'], citation: 'Chairside policy: a suicide risk screen on the day of screening' },
  substanceUse: { tags: ['P'], citation: 'Chairside policy: recent substance use shown for review' },
  otherCondition: { tags: ['P'], citation: 'Chairside policy: other conditions shown for review' },
} as const satisfies Record<string, RuleSource>;

export const medicationSources = {
  benzoSedation: { tags: ['L'], citation: 'KETALAR §7.3; SPRAVATO §7.1: additive sedation with benzodiazepines' },
  benzoDose: {
    tags: ['T'],
    citation:
      'Andrashko 2020, Front Psychiatry 11:844 (> 8 mg diazepam-eq/day); Feeney 2023, J Clin Psychiatry 84:22m14491; Ashton 2002 equivalents',
  },
  lamotrigine: { tags: ['T'], citation: 'Seed 004; Anand 2000 / Mathew 2010 (mixed) via REFERENCE.md §6' },
  naltrexone: {
    tags: ['T'],
    citation: 'Williams NR et al. 2018, Am J Psychiatry (naltrexone blocked the antidepressant effect)',
  },
  maoi: {
    tags: ['L', 'T'],
    citation: 'SPRAVATO §7 (BP increase); Ludwig 2021 CNS Drugs (larger BP rise with tranylcypromine)',
  },
  stimulant: {
    tags: ['L', 'C'],
    citation: 'SPRAVATO §7 (psychostimulants may increase BP); clinic practice: hold on session day',
  },
  cnsDepressant: { tags: ['L'], citation: 'KETALAR §7.3; SPRAVATO §7.1: profound sedation, respiratory depression' },
  theophylline: {
    tags: ['L'],
    citation: 'KETALAR USPI §7.1: do not co-administer theophylline or aminophylline (seizure threshold)',
  },
  nmda: { tags: ['S'], citation: 'FDB via WebMD: additive NMDA antagonist effects (memantine, amantadine)' },
  cyp: {
    tags: ['T'],
    citation:
      'Hagelberg 2010 (clarithromycin); Peltoniemi 2011/2012 (ticlopidine, rifampicin: oral AUC −86% vs IV −14%)',
  },
  unrecognised: {
    tags: ['P'],
    citation: 'Chairside policy: a medication the formulary does not recognise is reviewed by a clinician',
  },
} as const satisfies Record<string, RuleSource>;

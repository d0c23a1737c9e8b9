/**
 * `monitoring.default@1`: every row of DEFAULTS.md §4 as data, with its source.
 *
 * Edges, read from the table's wording: ">x" and "<x" are strict; a range "a–b" includes both
 * ends. So before start SBP 140 is silent and 141 a soft-stop; during dosing SBP 159 is silent,
 * 160…180 a warning and anything above 180 a soft-stop; SpO2 "92–94%" is read as 92 ≤ SpO2 < 95
 * (identical for the whole-number readings oximeters give; a typed 94.5 warns rather than
 * falling between bands); MOAA/S ≤3 includes 3.
 *
 * "During" rows apply while dosing and in recovery: the blood-pressure peak comes at ~40 min
 * after esketamine (REFERENCE.md §3.2) and at the end of a 40-min infusion (§7.2, Yale), which
 * is recovery in the session state machine. In recovery the infusion verb is dropped from the
 * recommended action (nothing is running); the recheck and assessment remain.
 */
import { defaultCadenceRules } from './default-cadence-rules.js';
import type { MonitoringRule, MonitoringRuleSet } from './monitoring-rule-set.js';

const d4 = 'DEFAULTS.md §4';
const wjem = 'West J Emerg Med 2020;21:272 Table 1 (ED sub-dissociative ketamine: SBP >180, HR >150, RR <10 or >30)';

const bloodPressureRules: readonly MonitoringRule[] = [
  {
    id: 'monitoring.bp.pre-start.elevated',
    version: 1,
    summary: 'Blood pressure above 140/90 before start',
    severity: 'soft-stop',
    trigger: {
      kind: 'any-of',
      conditions: [
        { measure: 'systolicMmHg', comparator: 'gt', value: 140 },
        { measure: 'diastolicMmHg', comparator: 'gt', value: 90 },
      ],
    },
    actions: { 'pre-start': 'acknowledge-before-start' },
    supersedes: [],
    source: {
      tag: 'L',
      citation: `${d4} [L]/[C]: SPRAVATO USPI, assess BP before dosing and consider delaying if >140/90; one clinic's rule of no treatment above 140/90 (REFERENCE.md §3.2, §7.3)`,
    },
  },
  {
    id: 'monitoring.bp.pre-start.severe',
    version: 1,
    summary: 'Blood pressure above 180/100 before start',
    severity: 'hard-stop',
    trigger: {
      kind: 'any-of',
      conditions: [
        { measure: 'systolicMmHg', comparator: 'gt', value: 180 },
        { measure: 'diastolicMmHg', comparator: 'gt', value: 100 },
      ],
    },
    actions: { 'pre-start': 'do-not-start' },
    supersedes: ['monitoring.bp.pre-start.elevated'],
    source: {
      tag: 'L-CH',
      citation: `${d4}: Swiss ketamine SmPC, contraindicated in poorly controlled hypertension >180/100 mmHg at rest (REFERENCE.md §5, §7.3)`,
    },
  },
  {
    id: 'monitoring.bp.during.severe',
    version: 1,
    summary: 'Blood pressure above 180 systolic or 110 diastolic',
    severity: 'soft-stop',
    trigger: {
      kind: 'any-of',
      conditions: [
        { measure: 'systolicMmHg', comparator: 'gt', value: 180 },
        { measure: 'diastolicMmHg', comparator: 'gt', value: 110 },
      ],
    },
    actions: { dosing: 'pause-recheck-5min-physician-review', recovery: 'recheck-5min-physician-review' },
    supersedes: ['monitoring.bp.during.rising'],
    source: {
      tag: 'T',
      citation: `${d4}: Del Sant LC et al. 2020, J Psychopharmacol: SBP >180 and/or DBP >110 defines transient hypertension (REFERENCE.md §7.2, §7.3)`,
    },
  },
  {
    id: 'monitoring.bp.during.high',
    version: 1,
    summary: 'Systolic pressure 160–180 mmHg',
    severity: 'warning',
    trigger: {
      kind: 'all-of',
      conditions: [
        { measure: 'systolicMmHg', comparator: 'gte', value: 160 },
        { measure: 'systolicMmHg', comparator: 'lte', value: 180 },
      ],
    },
    actions: { dosing: 'recheck-5min-consider-slowing', recovery: 'recheck-5min' },
    supersedes: [],
    source: { tag: 'P', citation: `${d4}: Chairside default policy` },
  },
  {
    id: 'monitoring.bp.during.rising',
    version: 1,
    summary: 'Systolic pressure rising, projected above 180 mmHg within 10 min',
    severity: 'warning',
    trigger: {
      kind: 'projected-rise',
      measure: 'systolicMmHg',
      limit: 180,
      horizonMin: 10,
      windowMin: 15,
      minReadings: 3,
      minSpanMin: 5,
    },
    actions: { dosing: 'observe', recovery: 'observe' },
    supersedes: [],
    source: {
      tag: 'P',
      citation: `${d4}: Chairside default policy (early warning). Method: least-squares line through the systolic readings of the last 15 min (at least 3, spanning at least 5 min), extrapolated 10 min past the current reading`,
    },
  },
];

const heartAndBreathingRules: readonly MonitoringRule[] = [
  {
    id: 'monitoring.hr.during.out-of-range',
    version: 1,
    summary: 'Heart rate above 120 or below 50 /min',
    severity: 'warning',
    trigger: {
      kind: 'any-of',
      conditions: [
        { measure: 'heartRateBpm', comparator: 'gt', value: 120 },
        { measure: 'heartRateBpm', comparator: 'lt', value: 50 },
      ],
    },
    actions: { dosing: 'observe', recovery: 'observe' },
    supersedes: [],
    source: {
      tag: 'P',
      citation: `${d4}: Chairside default policy (REFERENCE.md §12 item 4: no guideline HR limit found)`,
    },
  },
  {
    id: 'monitoring.hr.during.severe-tachycardia',
    version: 1,
    summary: 'Heart rate above 150 /min',
    severity: 'soft-stop',
    trigger: { kind: 'any-of', conditions: [{ measure: 'heartRateBpm', comparator: 'gt', value: 150 }] },
    actions: { dosing: 'pause', recovery: 'assess' },
    supersedes: ['monitoring.hr.during.out-of-range'],
    source: { tag: 'C', citation: `${d4}: ${wjem}` },
  },
  {
    id: 'monitoring.rr.during.out-of-range',
    version: 1,
    summary: 'Respiratory rate below 10 or above 30 /min',
    severity: 'soft-stop',
    trigger: {
      kind: 'any-of',
      conditions: [
        { measure: 'respiratoryRatePerMin', comparator: 'lt', value: 10 },
        { measure: 'respiratoryRatePerMin', comparator: 'gt', value: 30 },
      ],
    },
    actions: { dosing: 'pause-assess', recovery: 'assess' },
    supersedes: [],
    source: { tag: 'C', citation: `${d4}: ${wjem}` },
  },
];

const oxygenAndSedationRules: readonly MonitoringRule[] = [
  {
    id: 'monitoring.spo2.low',
    version: 1,
    summary: 'SpO2 below 92%',
    severity: 'hard-stop',
    trigger: { kind: 'any-of', conditions: [{ measure: 'spo2Pct', comparator: 'lt', value: 92 }] },
    actions: {
      'pre-start': 'assess-airway-oxygen',
      dosing: 'stop-assess-airway-oxygen',
      recovery: 'assess-airway-oxygen',
    },
    supersedes: [],
    source: {
      tag: 'G',
      citation: `${d4} [G Aldrete]/[P]: modified Aldrete full score needs SpO2 >92% on room air (REFERENCE.md §8.1); as a stop rule, Chairside policy (not found in a ketamine guideline, REFERENCE.md §12 item 4)`,
    },
  },
  {
    id: 'monitoring.spo2.borderline',
    version: 1,
    summary: 'SpO2 92–94%',
    severity: 'warning',
    trigger: {
      kind: 'all-of',
      conditions: [
        { measure: 'spo2Pct', comparator: 'gte', value: 92 },
        { measure: 'spo2Pct', comparator: 'lt', value: 95 },
      ],
    },
    actions: { 'pre-start': 'observe', dosing: 'observe', recovery: 'observe' },
    supersedes: [],
    source: { tag: 'P', citation: `${d4}: Chairside default policy` },
  },
  {
    id: 'monitoring.sedation.moaas-low',
    version: 1,
    summary: 'MOAA/S 3 or lower: responds only to a loud voice or stronger stimulus',
    severity: 'soft-stop',
    trigger: { kind: 'any-of', conditions: [{ measure: 'moaasScore', comparator: 'lte', value: 3 }] },
    actions: { 'pre-start': 'assess-airway', dosing: 'stop-assess-airway', recovery: 'assess-airway' },
    supersedes: [],
    source: {
      tag: 'G',
      citation: `${d4} [G ASA]/[P]: REFERENCE.md §7.3 suggested default (MOAA/S ≤3: stop and assess airway); ASA moderate/deep sedation monitoring (§7.1); MOAA/S per Chernik 1990`,
    },
  },
  {
    id: 'monitoring.sedation.unresponsive',
    version: 1,
    summary: 'MOAA/S 0: no response to painful stimulus (loss of consciousness)',
    severity: 'hard-stop',
    trigger: { kind: 'any-of', conditions: [{ measure: 'moaasScore', comparator: 'lte', value: 0 }] },
    actions: { 'pre-start': 'emergency', dosing: 'emergency', recovery: 'emergency' },
    supersedes: ['monitoring.sedation.moaas-low'],
    source: {
      tag: 'L',
      citation: `${d4}: SPRAVATO USPI §5.1, loss of consciousness (MOAA/S = 0) in 0.3–0.4% (REFERENCE.md §3.2)`,
    },
  },
];

/** The shipped monitoring rule set, `monitoring.default@1`. */
export const defaultMonitoringRuleSet: MonitoringRuleSet = {
  id: 'monitoring.default',
  version: 1,
  title: 'Session monitoring (DEFAULTS.md §4, protocol library v1)',
  rules: [...bloodPressureRules, ...heartAndBreathingRules, ...oxygenAndSedationRules],
  cadence: defaultCadenceRules,
};

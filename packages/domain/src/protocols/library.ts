/**
 * The shipped protocol library, version 1 (DEFAULTS.md §1), as data. A clinic edits these only
 * through `validateProtocolRevision`.
 */
import { IndicationCode } from '../intake/codes.js';
import { protocolSources as src } from './sources.js';
import {
  DoseMode,
  Drug,
  LimitQuantity,
  ProtocolId,
  Route,
  type DoseLimit,
  type FastingRule,
  type Protocol,
} from './types.js';

const q = LimitQuantity;
const shipped = 'Shipped default (DEFAULTS.md §1, protocol library v1)';

function staleWeightLimit(protocolId: ProtocolId): DoseLimit {
  return {
    id: `protocol.${protocolId}.weight.stale`,
    version: 1,
    quantity: q.WeightAgeDays,
    check: { kind: 'above', threshold: 30 },
    severity: 'soft-stop',
    labelLimit: false,
    source: src.staleWeight,
    message: 'The dosing weight is more than 30 days old: record a new weight',
  };
}

function ivConcentrationLimit(protocolId: ProtocolId): DoseLimit {
  return {
    id: `protocol.${protocolId}.concentration.max`,
    version: 1,
    quantity: q.ConcentrationMgPerMl,
    check: { kind: 'above', threshold: 50 },
    severity: 'hard-stop',
    labelLimit: true,
    source: src.ketalarDilution,
    message: 'IV ketamine above 50 mg/mL must not be given: dilute 100 mg/mL with an equal volume first',
  };
}

const parenteralFasting: FastingRule = {
  solidFoodMin: 360,
  clearLiquidsMin: 120,
  labelLimit: false,
  source: src.asaFasting,
};
const pregnancyTest = { requiredIfCanBecomePregnant: true, maxAgeDays: 7, source: src.pregnancyTest } as const;
const depressionIndications = [
  IndicationCode.TreatmentResistantDepression,
  IndicationCode.MajorDepression,
  IndicationCode.BipolarDepression,
  IndicationCode.Ptsd,
  IndicationCode.SevereAnxietyDisorder,
  IndicationCode.DepressionWithSuicidalIdeation,
] as const;

export const ivDepressionV1: Protocol = {
  id: ProtocolId.IvDepression,
  version: 1,
  title: 'IV racemic ketamine for depression: 0.5 mg/kg over 40 min',
  route: Route.Intravenous,
  drug: Drug.RacemicKetamine,
  dose: { mode: DoseMode.MgPerKgOverDuration, defaultDoseMgPerKg: 0.5, defaultDurationMin: 40 },
  limits: [
    {
      id: 'protocol.iv-depression.dose.min',
      version: 1,
      quantity: q.DoseMgPerKg,
      check: { kind: 'below', threshold: 0.1 },
      severity: 'soft-stop',
      labelLimit: false,
      source: src.andrade2017Range,
      message: 'Below 0.1 mg/kg, the lowest dose studied for depression',
    },
    {
      id: 'protocol.iv-depression.dose.soft-max',
      version: 1,
      quantity: q.DoseMgPerKg,
      check: { kind: 'above', threshold: 0.75 },
      severity: 'soft-stop',
      labelLimit: false,
      source: src.andrade2017Range,
      message: 'Above 0.75 mg/kg: a physician must record a reason and co-sign',
    },
    {
      id: 'protocol.iv-depression.dose.hard-max',
      version: 1,
      quantity: q.DoseMgPerKg,
      check: { kind: 'above', threshold: 1.0 },
      severity: 'hard-stop',
      labelLimit: false,
      source: src.fava2018,
      message: 'Above 1.0 mg/kg, the highest dose tested for depression',
    },
    {
      id: 'protocol.iv-depression.duration.min',
      version: 1,
      quantity: q.DurationMin,
      check: { kind: 'below', threshold: 40 },
      severity: 'hard-stop',
      labelLimit: false,
      source: src.ivDuration,
      message: 'Infusion shorter than the 40 min allowed',
    },
    {
      id: 'protocol.iv-depression.duration.max',
      version: 1,
      quantity: q.DurationMin,
      check: { kind: 'above', threshold: 100 },
      severity: 'hard-stop',
      labelLimit: false,
      source: src.ivDuration,
      message: 'Infusion longer than the 100 min allowed',
    },
    ivConcentrationLimit(ProtocolId.IvDepression),
    staleWeightLimit(ProtocolId.IvDepression),
  ],
  fasting: parenteralFasting,
  pregnancyTest,
  indications: depressionIndications,
  source: src.fava2018,
  revisionReason: shipped,
};

export const ivPainV1: Protocol = {
  id: ProtocolId.IvPain,
  version: 1,
  title: 'IV racemic ketamine for chronic pain: 0.5 mg/kg/h for 2–4 h, optional bolus',
  route: Route.Intravenous,
  drug: Drug.RacemicKetamine,
  dose: {
    mode: DoseMode.MgPerKgPerHourInfusion,
    defaultInfusionMgPerKgPerHour: 0.5,
    defaultDurationMin: 240,
    defaultBolusMgPerKg: null,
  },
  limits: [
    {
      id: 'protocol.iv-pain.infusion.soft-max',
      version: 1,
      quantity: q.InfusionMgPerKgPerHour,
      check: { kind: 'above', threshold: 1 },
      severity: 'soft-stop',
      labelLimit: false,
      source: src.cohenInfusion,
      message: 'Infusion above 1 mg/kg/h: a physician must record a reason and co-sign',
    },
    {
      id: 'protocol.iv-pain.infusion.hard-max',
      version: 1,
      quantity: q.InfusionMgPerKgPerHour,
      check: { kind: 'above', threshold: 2 },
      severity: 'hard-stop',
      labelLimit: false,
      source: src.cohenInfusion,
      message: 'Infusion above 2 mg/kg/h, the top of the guideline range',
    },
    {
      id: 'protocol.iv-pain.bolus.hard-max',
      version: 1,
      quantity: q.BolusMgPerKg,
      check: { kind: 'above', threshold: 0.35 },
      severity: 'hard-stop',
      labelLimit: false,
      source: src.cohenInfusion,
      message: 'Bolus above 0.35 mg/kg, the guideline maximum',
    },
    {
      id: 'protocol.iv-pain.duration.min',
      version: 1,
      quantity: q.DurationMin,
      check: { kind: 'below', threshold: 120 },
      severity: 'hard-stop',
      labelLimit: false,
      source: src.cohenDuration,
      message: 'Infusion shorter than the 2 h allowed',
    },
    {
      id: 'protocol.iv-pain.duration.max',
      version: 1,
      quantity: q.DurationMin,
      check: { kind: 'above', threshold: 240 },
      severity: 'hard-stop',
      labelLimit: false,
      source: src.cohenDuration,
      message: 'Infusion longer than the 4 h allowed',
    },
    ivConcentrationLimit(ProtocolId.IvPain),
    staleWeightLimit(ProtocolId.IvPain),
  ],
  fasting: parenteralFasting,
  pregnancyTest,
  indications: [
    IndicationCode.ChronicPainCrps,
    IndicationCode.ChronicPainFibromyalgia,
    IndicationCode.ChronicPainNeuropathic,
    IndicationCode.ChronicPainOther,
  ],
  source: src.cohenInfusion,
  revisionReason: shipped,
};

export const imDepressionV1: Protocol = {
  id: ProtocolId.ImDepression,
  version: 1,
  title: 'IM racemic ketamine for depression: 0.5 mg/kg (0.25 allowed), single injection',
  route: Route.Intramuscular,
  drug: Drug.RacemicKetamine,
  dose: { mode: DoseMode.MgPerKgSingleInjection, defaultDoseMgPerKg: 0.5 },
  limits: [
    {
      id: 'protocol.im-depression.dose.soft-max',
      version: 1,
      quantity: q.DoseMgPerKg,
      check: { kind: 'above', threshold: 0.5 },
      severity: 'soft-stop',
      labelLimit: false,
      source: src.imLimits,
      message: 'IM dose above 0.5 mg/kg: a physician must record a reason and co-sign',
    },
    {
      id: 'protocol.im-depression.dose.hard-max',
      version: 1,
      quantity: q.DoseMgPerKg,
      check: { kind: 'above', threshold: 0.75 },
      severity: 'hard-stop',
      labelLimit: false,
      source: src.imLimits,
      message: 'IM dose above 0.75 mg/kg',
    },
    staleWeightLimit(ProtocolId.ImDepression),
  ],
  fasting: parenteralFasting,
  pregnancyTest,
  indications: depressionIndications,
  source: src.chilukuri2014,
  revisionReason: shipped,
};

export const inEsketamineTrdV1: Protocol = {
  id: ProtocolId.InEsketamineTrd,
  version: 1,
  title: 'Intranasal esketamine (SPRAVATO): 56 mg day 1, then 56 or 84 mg',
  route: Route.Intranasal,
  drug: Drug.Esketamine,
  dose: { mode: DoseMode.FixedMgDevices, deviceMg: 28, firstSessionDoseMg: 56, deviceIntervalMin: 5 },
  limits: [
    {
      id: 'protocol.in-esketamine-trd.dose.allowed',
      version: 1,
      quantity: q.DoseMg,
      check: { kind: 'not-one-of', allowed: [56, 84] },
      severity: 'hard-stop',
      labelLimit: true,
      source: src.spravatoDose,
      message: 'Esketamine is given as 56 mg or 84 mg only',
    },
    {
      id: 'protocol.in-esketamine-trd.dose.84-after-56',
      version: 1,
      quantity: q.DoseMg,
      check: { kind: 'requires-prior-dose', doseMg: 84, priorDoseMg: 56 },
      severity: 'hard-stop',
      labelLimit: true,
      source: src.spravato84After56,
      message: '84 mg may be given only after a 56 mg session',
    },
  ],
  fasting: { solidFoodMin: 120, clearLiquidsMin: 30, labelLimit: true, source: src.spravatoFasting },
  pregnancyTest,
  indications: [
    IndicationCode.TreatmentResistantDepression,
    IndicationCode.MajorDepression,
    IndicationCode.DepressionWithSuicidalIdeation,
  ],
  source: src.spravatoIndications,
  revisionReason: shipped,
};

/** The shipped library, by id. */
export const protocolLibraryV1: Readonly<Record<ProtocolId, Protocol>> = {
  'iv-depression': ivDepressionV1,
  'iv-pain': ivPainV1,
  'im-depression': imDepressionV1,
  'in-esketamine-trd': inEsketamineTrdV1,
};

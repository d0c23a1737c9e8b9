import type { DoseInputs } from '@chairside/contract';
import type { Protocol } from '@chairside/domain';

export interface DoseFormValues {
  protocolId: string;
  weightValue: number | string;
  weightUnit: 'kg' | 'lb';
  weightMeasuredAt: string;
  basis: 'actual' | 'ideal' | 'adjusted';
  heightValue: number | string;
  heightUnit: 'cm' | 'in';
  sexAtBirth: '' | 'female' | 'male';
  doseMgPerKg: number | string;
  infusionMgPerKgPerHour: number | string;
  bolusMgPerKg: number | string;
  durationMin: number | string;
  concentrationMgPerMl: number | string;
  doseMg: '' | '56' | '84';
  priorEsketamineDosesMg: string;
}

/** A local date-time for an <input type="datetime-local">, now. */
export function localNow(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function emptyDoseForm(): DoseFormValues {
  return {
    protocolId: '',
    weightValue: '',
    weightUnit: 'kg',
    weightMeasuredAt: localNow(),
    basis: 'actual',
    heightValue: '',
    heightUnit: 'cm',
    sexAtBirth: '',
    doseMgPerKg: '',
    infusionMgPerKgPerHour: '',
    bolusMgPerKg: '',
    durationMin: '',
    concentrationMgPerMl: '',
    doseMg: '',
    priorEsketamineDosesMg: '',
  };
}

/**
 * The protocol's default dose and duration, offered as a starting point (they are the protocol's
 * own defaults, DEFAULTS.md §1). The concentration and weight are never pre-filled: they are
 * what is in the syringe and on the scale.
 */
export function withProtocolDefaults(values: DoseFormValues, protocol: Protocol): DoseFormValues {
  const dose = protocol.dose;
  const next = {
    ...values,
    protocolId: protocol.id,
    doseMgPerKg: '',
    infusionMgPerKgPerHour: '',
    bolusMgPerKg: '',
    durationMin: '',
  } as DoseFormValues;
  switch (dose.mode) {
    case 'mg-per-kg-over-duration':
      return { ...next, doseMgPerKg: dose.defaultDoseMgPerKg, durationMin: dose.defaultDurationMin };
    case 'mg-per-kg-per-hour-infusion':
      return {
        ...next,
        infusionMgPerKgPerHour: dose.defaultInfusionMgPerKgPerHour,
        durationMin: dose.defaultDurationMin,
        bolusMgPerKg: dose.defaultBolusMgPerKg ?? '',
      };
    case 'mg-per-kg-single-injection':
      return { ...next, doseMgPerKg: dose.defaultDoseMgPerKg };
    case 'fixed-mg-devices':
      return { ...next, doseMg: '' };
  }
}

const num = (value: number | string): number | undefined => {
  if (typeof value === 'number') {
    return value;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : Number(trimmed);
};

/** Drops unentered fields: an empty field is absent (the server names it), never a default. */
function defined<T extends object>(object: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

function weightFields(values: DoseFormValues): Partial<DoseInputs> {
  const weightValue = num(values.weightValue);
  const heightValue = num(values.heightValue);
  const measuredAt = values.weightMeasuredAt === '' ? '' : new Date(values.weightMeasuredAt).toISOString();
  return defined({
    weight: weightValue === undefined ? undefined : { value: weightValue, unit: values.weightUnit, measuredAt },
    basis: values.basis,
    height: heightValue === undefined ? undefined : { value: heightValue, unit: values.heightUnit, measuredAt },
    sexAtBirth: values.sexAtBirth === '' ? undefined : values.sexAtBirth,
  });
}

/** The request body: only what the protocol's dose mode uses, and only what was entered. */
export function doseInputsOf(values: DoseFormValues, protocol: Protocol): DoseInputs {
  const base = { protocolId: protocol.id, protocolVersion: protocol.version };
  switch (protocol.dose.mode) {
    case 'fixed-mg-devices': {
      const prior = values.priorEsketamineDosesMg
        .split(/[,\s]+/)
        .filter((part) => part !== '')
        .map(Number);
      return defined({ ...base, doseMg: num(values.doseMg), priorEsketamineDosesMg: prior });
    }
    case 'mg-per-kg-per-hour-infusion':
      return defined({
        ...base,
        ...weightFields(values),
        infusionMgPerKgPerHour: num(values.infusionMgPerKgPerHour),
        bolusMgPerKg: num(values.bolusMgPerKg),
        durationMin: num(values.durationMin),
        concentrationMgPerMl: num(values.concentrationMgPerMl),
      });
    case 'mg-per-kg-over-duration':
      return defined({
        ...base,
        ...weightFields(values),
        doseMgPerKg: num(values.doseMgPerKg),
        durationMin: num(values.durationMin),
        concentrationMgPerMl: num(values.concentrationMgPerMl),
      });
    case 'mg-per-kg-single-injection':
      return defined({
        ...base,
        ...weightFields(values),
        doseMgPerKg: num(values.doseMgPerKg),
        concentrationMgPerMl: num(values.concentrationMgPerMl),
      });
  }
}

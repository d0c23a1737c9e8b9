/**
 * Checks a dose request before any arithmetic: every field the protocol's dose mode needs is
 * present (else MissingInputError, never a default), none it does not use is given, and every
 * number is inside its plausibility bound (else InvalidInputError, never clamped). Clinical limits
 * are not checked here: they become findings.
 */
import { InvalidInputError, MissingInputError, type FieldFault } from '../errors.js';
import { isIsoInstant } from '../intake/checks.js';
import type { DoseMode } from '../protocols/types.js';
import type { DoseRequest } from './types.js';

type NumberField =
  'doseMgPerKg' | 'infusionMgPerKgPerHour' | 'bolusMgPerKg' | 'durationMin' | 'concentrationMgPerMl' | 'doseMg';
type Field = NumberField | 'weight' | 'basis' | 'priorEsketamineDosesMg';

/**
 * Plausibility bounds: above them a number is a typing or unit error, not a dose to judge.
 * Each is far above any clinic dose and comes from the label's anaesthetic range.
 */
export const doseInputBounds = {
  doseMgPerKg: { max: 13, why: 'KETALAR USPI §2.2: IM anaesthetic induction up to 13 mg/kg' },
  infusionMgPerKgPerHour: { max: 7, why: 'Cohen 2018: up to 7 mg/kg/h in refractory ICU cases' },
  bolusMgPerKg: { max: 4.5, why: 'KETALAR USPI §2.2: IV anaesthetic induction up to 4.5 mg/kg' },
  durationMin: { max: 1440, why: 'one day' },
  concentrationMgPerMl: { max: 100, why: 'the strongest marketed ketamine is 100 mg/mL' },
  doseMg: { max: 1000, why: 'far above any esketamine dose' },
} as const satisfies Record<NumberField, { readonly max: number; readonly why: string }>;

const numberFields: readonly NumberField[] = [
  'doseMgPerKg',
  'infusionMgPerKgPerHour',
  'bolusMgPerKg',
  'durationMin',
  'concentrationMgPerMl',
  'doseMg',
];

const fieldsByMode: Readonly<
  Record<DoseMode, { readonly required: readonly Field[]; readonly optional: readonly Field[] }>
> = {
  'mg-per-kg-over-duration': {
    required: ['weight', 'basis', 'doseMgPerKg', 'durationMin', 'concentrationMgPerMl'],
    optional: [],
  },
  'mg-per-kg-per-hour-infusion': {
    required: ['weight', 'basis', 'infusionMgPerKgPerHour', 'durationMin', 'concentrationMgPerMl'],
    optional: ['bolusMgPerKg'],
  },
  'mg-per-kg-single-injection': { required: ['weight', 'basis', 'doseMgPerKg', 'concentrationMgPerMl'], optional: [] },
  // Weight is not used by fixed doses; it may be passed along and is ignored.
  'fixed-mg-devices': { required: ['doseMg', 'priorEsketamineDosesMg'], optional: ['weight', 'basis'] },
};

const allFields: readonly Field[] = [
  'weight',
  'basis',
  'doseMgPerKg',
  'infusionMgPerKgPerHour',
  'bolusMgPerKg',
  'durationMin',
  'concentrationMgPerMl',
  'doseMg',
  'priorEsketamineDosesMg',
];

function numberFaults(request: DoseRequest): FieldFault[] {
  const faults: FieldFault[] = [];
  for (const field of numberFields) {
    const bound = doseInputBounds[field];
    const value: unknown = request[field];
    if (value === undefined) {
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > bound.max) {
      faults.push({
        field,
        message: `${field} must be greater than 0 and at most ${bound.max} (${bound.why}); got ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`,
      });
    }
  }
  const prior = request.priorEsketamineDosesMg;
  if (
    prior !== undefined &&
    !prior.every((dose) => Number.isFinite(dose) && dose > 0 && dose <= doseInputBounds.doseMg.max)
  ) {
    faults.push({
      field: 'priorEsketamineDosesMg',
      message: 'Every earlier esketamine dose must be a positive number of mg',
    });
  }
  if (request.basis !== undefined && !['actual', 'ideal', 'adjusted'].includes(request.basis)) {
    faults.push({ field: 'basis', message: 'basis must be actual, ideal or adjusted' });
  }
  return faults;
}

/**
 * Throws MissingInputError for absent required fields, then InvalidInputError for unused or
 * out-of-range ones, each naming every field at fault.
 * @param request - the dose request
 */
export function checkDoseRequest(request: DoseRequest): void {
  const { required, optional } = fieldsByMode[request.protocol.dose.mode];
  const missing = required.filter((field) => request[field] === undefined);
  if (missing.length > 0) {
    throw new MissingInputError(`Missing for ${request.protocol.id}: ${missing.join(', ')}`, {
      fields: missing.map((field) => ({
        field,
        message: `${field} is required for ${request.protocol.id}; it is never defaulted`,
      })),
    });
  }
  const unused = allFields.filter(
    (field) => request[field] !== undefined && !required.includes(field) && !optional.includes(field),
  );
  const faults: FieldFault[] = unused.map((field) => ({
    field,
    message: `${field} is not used by ${request.protocol.id}`,
  }));
  if (!isIsoInstant(request.now)) {
    faults.push({ field: 'now', message: 'now must be an ISO date and time with an offset' });
  }
  faults.push(...numberFaults(request));
  if (faults.length > 0) {
    throw new InvalidInputError(`The dose request for ${request.protocol.id} is not valid`, { fields: faults });
  }
}

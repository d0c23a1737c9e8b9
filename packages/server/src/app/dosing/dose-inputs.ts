import {
  DomainError,
  InvalidInputError,
  MissingInputError,
  calculateDose,
  type DoseRequest,
  type DoseResult,
  type MeasuredHeight,
  type MeasuredWeight,
  type Protocol,
  type SexAtBirth,
} from '@chairside/domain';
import type { ProtocolVersionRecord, Stores } from '../ports.js';

/** What a prescriber sends: the protocol reference and the mode's dose fields (contract DoseInputs). */
export interface DoseInputs {
  readonly protocolId: string;
  readonly protocolVersion?: number;
  readonly weight?: MeasuredWeight;
  readonly basis?: 'actual' | 'ideal' | 'adjusted';
  readonly height?: MeasuredHeight;
  readonly sexAtBirth?: SexAtBirth;
  readonly doseMgPerKg?: number;
  readonly infusionMgPerKgPerHour?: number;
  readonly bolusMgPerKg?: number;
  readonly durationMin?: number;
  readonly concentrationMgPerMl?: number;
  readonly doseMg?: number;
  readonly priorEsketamineDosesMg?: readonly number[];
}

/** The protocol version the inputs name (latest when none); an unknown one is a field fault. */
export async function protocolFor(s: Stores, inputs: DoseInputs, prefix = ''): Promise<ProtocolVersionRecord> {
  if (inputs.protocolVersion === undefined) {
    const latest = await s.protocols.findLatest(inputs.protocolId);
    if (!latest) {
      throw InvalidInputError.forField(`${prefix}protocolId`, `There is no protocol ${inputs.protocolId}`);
    }
    return latest;
  }
  const record = await s.protocols.findVersion(inputs.protocolId, inputs.protocolVersion);
  if (!record) {
    const exists = await s.protocols.findLatest(inputs.protocolId);
    throw exists
      ? InvalidInputError.forField(
          `${prefix}protocolVersion`,
          `${inputs.protocolId} has no version ${inputs.protocolVersion}`,
        )
      : InvalidInputError.forField(`${prefix}protocolId`, `There is no protocol ${inputs.protocolId}`);
  }
  return record;
}

/** Renames the faulted fields to their place in the request body (`inputs/weight/value`). */
function prefixed(error: unknown, prefix: string): unknown {
  if (!(error instanceof DomainError) || prefix === '' || error.details.fields === undefined) {
    return error;
  }
  const details = { ...error.details, fields: error.details.fields.map((f) => ({ ...f, field: prefix + f.field })) };
  if (error instanceof MissingInputError) {
    return new MissingInputError(error.message, details);
  }
  return error instanceof InvalidInputError ? new InvalidInputError(error.message, details) : error;
}

/**
 * Runs the domain calculator on the inputs (DEFAULTS.md §1). Input errors name the field; limits
 * become findings in the result.
 * @param protocol - the protocol version to calculate with
 * @param inputs - the prescriber's request
 * @param now - the clock's now (the weight's age is measured to it)
 * @param prefix - where the inputs sit in the request body, for field names
 */
export function runCalculation(protocol: Protocol, inputs: DoseInputs, now: string, prefix = ''): DoseResult {
  const { protocolId: _id, protocolVersion: _version, ...fields } = inputs;
  const request: DoseRequest = { ...fields, protocol, now };
  try {
    return calculateDose(request);
  } catch (error) {
    throw prefixed(error, prefix);
  }
}

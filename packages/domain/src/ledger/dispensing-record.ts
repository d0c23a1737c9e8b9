/**
 * The dispenser's record of 21 CFR 1304.22(c) for a date range, per product (NDC): substance
 * name, finished form, units per container; containers received (date, number, supplier name,
 * address and DEA number); each administration (patient name and address, date, quantity, who
 * administered); and quantities disposed of otherwise (date, manner, quantity). Amounts are the
 * corrected amounts (each event's amount plus every correction made to it).
 */
import { InvalidInputError, MissingInputError } from '../errors.js';
import { toMg, volumeMlOf } from './amounts.js';
import { ProductKind, type ContainerDetails } from './container.js';
import type { AdministeredBody, LedgerEvent, ReceivedBody } from './events.js';
import { deriveLedgerState } from './fold.js';
import { parseInstant } from './guards.js';
import { describeProduct, type ProductDescription } from './product-description.js';
import { disposalManner } from './disposal-manner.js';
import type { LedgerState } from './state.js';

export interface PatientIdentity {
  readonly name: string;
  readonly address: string;
}

export interface DispensingRecordInput {
  /** Inclusive start of the range (ISO instant). */
  readonly fromAt: string;
  /** Exclusive end of the range (ISO instant). */
  readonly toAt: string;
  /** Name and address of every patient administered to in the range. */
  readonly patients: Readonly<Record<string, PatientIdentity>>;
}

export interface ReceiptRow {
  readonly receivedAt: string;
  readonly containerId: string;
  readonly numberOfContainers: number;
  readonly lot: string;
  readonly quantityMg: number;
  readonly supplierName: string;
  readonly supplierAddress: string;
  readonly supplierDeaNumber: string;
  readonly invoiceNumber: string;
  readonly invoiceDate: string;
}

export interface AdministrationRow {
  readonly eventId: string;
  readonly administeredAt: string;
  readonly patientId: string;
  readonly patientName: string;
  readonly patientAddress: string;
  readonly quantityMg: number;
  readonly quantityMl: number | null;
  readonly administeredBy: string;
  readonly containerId: string;
  readonly sessionId: string;
}

export interface DisposalRow {
  readonly eventId: string;
  readonly disposedAt: string;
  readonly containerId: string;
  readonly manner: string;
  /** The amount that left stock; for a count adjustment, negative when stock was found. */
  readonly quantityMg: number;
  readonly quantityMl: number | null;
}

export interface SubstanceRecord extends ProductDescription {
  readonly received: ReceiptRow[];
  readonly administered: AdministrationRow[];
  readonly disposed: DisposalRow[];
}

export interface DispensingRecord {
  readonly fromAt: string;
  readonly toAt: string;
  readonly substances: readonly SubstanceRecord[];
}

function effectiveUg(state: LedgerState, eventId: string): number {
  const record = state.amounts.get(eventId);
  return record === undefined ? 0 : record.recordedUg + record.correctionUg;
}

function mlOf(details: ContainerDetails, ug: number): number | null {
  return details.productKind === ProductKind.KetamineHclVial ? volumeMlOf(ug, details.concentrationMgPerMl) : null;
}

function patientOf(input: DispensingRecordInput, patientId: string): PatientIdentity {
  const patient = input.patients[patientId];
  if (patient === undefined || patient.name.trim() === '' || patient.address.trim() === '') {
    throw MissingInputError.forField(
      `patients/${patientId}`,
      'The record needs the patient’s name and address (21 CFR 1304.22(c))',
    );
  }
  return patient;
}

function receiptRow(state: LedgerState, event: LedgerEvent & ReceivedBody): ReceiptRow {
  const { container } = event;
  return {
    receivedAt: event.at,
    containerId: event.containerId,
    numberOfContainers: container.quantity,
    lot: container.lot,
    quantityMg: toMg(effectiveUg(state, event.id)),
    supplierName: container.supplier.name,
    supplierAddress: container.supplier.address,
    supplierDeaNumber: container.supplier.deaNumber,
    invoiceNumber: container.invoiceNumber,
    invoiceDate: container.invoiceDate,
  };
}

function administrationRow(
  state: LedgerState,
  event: LedgerEvent & AdministeredBody,
  patient: PatientIdentity,
  details: ContainerDetails,
): AdministrationRow {
  const ug = effectiveUg(state, event.id);
  return {
    eventId: event.id,
    administeredAt: event.administeredAt,
    patientId: event.patientId,
    patientName: patient.name,
    patientAddress: patient.address,
    quantityMg: toMg(ug),
    quantityMl: mlOf(details, ug),
    administeredBy: event.administeredBy,
    containerId: event.containerId,
    sessionId: event.sessionId,
  };
}

function addRow(
  state: LedgerState,
  event: LedgerEvent,
  input: DispensingRecordInput,
  record: SubstanceRecord,
  details: ContainerDetails,
): void {
  if (event.type === 'received') {
    record.received.push(receiptRow(state, event));
    return;
  }
  if (event.type === 'administered') {
    record.administered.push(administrationRow(state, event, patientOf(input, event.patientId), details));
    return;
  }
  const disposal = disposalManner(state, event);
  if (disposal !== undefined) {
    const { at, containerId, manner, ug } = disposal;
    record.disposed.push({
      eventId: event.id,
      disposedAt: at,
      containerId,
      manner,
      quantityMg: toMg(ug),
      quantityMl: mlOf(details, ug),
    });
  }
}

function containerIdOf(event: LedgerEvent): string | undefined {
  return 'containerId' in event ? event.containerId : undefined;
}

/**
 * Builds the 1304.22(c) record for a date range, one entry per NDC.
 * @param events - the ledger's events
 * @param input - the range and the patients' names and addresses
 */
export function buildDispensingRecord(events: readonly LedgerEvent[], input: DispensingRecordInput): DispensingRecord {
  const fromMs = parseInstant(input.fromAt, 'fromAt');
  const toMs = parseInstant(input.toAt, 'toAt');
  if (toMs <= fromMs) {
    throw InvalidInputError.forField('toAt', 'The end of the range must be after its start');
  }
  const state = deriveLedgerState(events);
  const byNdc = new Map<string, SubstanceRecord>();
  for (const event of events) {
    const atMs = Date.parse(event.at);
    const container = state.containers.get(containerIdOf(event) ?? '');
    if (atMs < fromMs || atMs >= toMs || container === undefined) {
      continue;
    }
    const description = describeProduct(container.details);
    const record = byNdc.get(description.ndc) ?? { ...description, received: [], administered: [], disposed: [] };
    byNdc.set(description.ndc, record);
    addRow(state, event, input, record, container.details);
  }
  return {
    fromAt: input.fromAt,
    toAt: input.toAt,
    substances: [...byNdc.values()].sort((a, b) => (a.ndc < b.ndc ? -1 : 1)),
  };
}

/**
 * A container in the controlled-substance ledger: one received stock record of a single NDC and
 * lot (a ketamine vial, a carton of vials, or esketamine nasal devices) with what 21 CFR
 * 1304.22(c) asks of a receipt: finished form, units per container, number of containers, date,
 * supplier name, address and DEA number, plus the invoice that CIII receipts use (REFERENCE.md §10).
 */
import { assertNoFaults, type FieldFault } from '../errors.js';
import { isPositiveThousandths } from './amounts.js';
import { deaNumberProblem, isValidNdc } from './identifiers.js';

export const ProductKind = { KetamineHclVial: 'ketamine-hcl-vial', EsketamineDevice: 'esketamine-device' } as const;
export type ProductKind = (typeof ProductKind)[keyof typeof ProductKind];

/** SPRAVATO is supplied only as a 28 mg device (2 sprays) [L] REFERENCE.md §3.1. */
export const esketamineMgPerDevice = 28;
/** Typo guards [P]: the strongest marketed ketamine is 100 mg/mL (Ketalar); no vial holds more than 100 mL. */
export const maxConcentrationMgPerMl = 100;
export const maxVialVolumeMl = 100;
export const maxUnitsPerReceipt = 10_000;

/** A DEA registrant on the other side of a transfer: supplier, or reverse distributor. */
export interface Registrant {
  readonly name: string;
  readonly address: string;
  readonly deaNumber: string;
}

interface ContainerCommon {
  readonly ndc: string;
  readonly lot: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the label prints month and year (usable through that month's last day). */
  readonly expiryDate: string;
  /** Number of units (vials or devices) in this stock record. */
  readonly quantity: number;
  /** Where it is kept: the safe or cabinet name. */
  readonly location: string;
  readonly supplier: Registrant;
  readonly invoiceNumber: string;
  /** `YYYY-MM-DD`. */
  readonly invoiceDate: string;
}

export interface KetamineVialDetails extends ContainerCommon {
  readonly productKind: typeof ProductKind.KetamineHclVial;
  readonly concentrationMgPerMl: number;
  /** Volume of one vial. */
  readonly volumeMl: number;
}

export interface EsketamineDeviceDetails extends ContainerCommon {
  readonly productKind: typeof ProductKind.EsketamineDevice;
  readonly mgPerDevice: number;
}

export type ContainerDetails = KetamineVialDetails | EsketamineDeviceDetails;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const isoMonthPattern = /^\d{4}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!isoDatePattern.test(text)) {
    return false;
  }
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/**
 * The last date a container may be used: the expiry date itself, or the last day of the month
 * for a month-year expiry (FDA/USP labelling convention). Undefined when not a valid date.
 * @param expiryDate - `YYYY-MM-DD` or `YYYY-MM`
 */
export function lastUsableDate(expiryDate: string): string | undefined {
  if (isCalendarDate(expiryDate)) {
    return expiryDate;
  }
  if (!isoMonthPattern.test(expiryDate)) {
    return undefined;
  }
  const [year, month] = expiryDate.split('-').map(Number);
  if (year === undefined || month === undefined || month < 1 || month > 12) {
    return undefined;
  }
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * True when the container is past its expiry on the given date (usable through the expiry date).
 * @param expiryDate - the container's expiry
 * @param onDate - the clinic's date, `YYYY-MM-DD`, from the Clock
 */
export function isExpiredOn(expiryDate: string, onDate: string): boolean {
  const last = lastUsableDate(expiryDate);
  return last === undefined || onDate > last;
}

function registrantFaults(registrant: Registrant, field: string): FieldFault[] {
  const faults: FieldFault[] = [];
  if (registrant.name.trim() === '') {
    faults.push({ field: `${field}/name`, message: 'Name is required' });
  }
  if (registrant.address.trim() === '') {
    faults.push({ field: `${field}/address`, message: 'Address is required' });
  }
  const deaProblem = deaNumberProblem(registrant.deaNumber);
  if (deaProblem !== undefined) {
    faults.push({ field: `${field}/deaNumber`, message: deaProblem });
  }
  return faults;
}

/**
 * Checks a registrant (supplier or reverse distributor) and throws every fault at once.
 * @param registrant - name, address, DEA number
 * @param field - the field path of the registrant in the command
 */
export function validateRegistrant(registrant: Registrant, field: string): void {
  assertNoFaults(registrantFaults(registrant, field), 'Registrant details are not valid');
}

function productFaults(details: ContainerDetails): FieldFault[] {
  switch (details.productKind) {
    case ProductKind.KetamineHclVial: {
      const faults: FieldFault[] = [];
      const { concentrationMgPerMl, volumeMl } = details;
      if (!isPositiveThousandths(concentrationMgPerMl) || concentrationMgPerMl > maxConcentrationMgPerMl) {
        faults.push({
          field: 'concentrationMgPerMl',
          message: `Concentration must be > 0 and ≤ ${maxConcentrationMgPerMl} mg/mL`,
        });
      }
      if (!isPositiveThousandths(volumeMl) || volumeMl > maxVialVolumeMl) {
        faults.push({
          field: 'volumeMl',
          message: `Vial volume must be > 0 and ≤ ${maxVialVolumeMl} mL (0.001 mL steps)`,
        });
      } else if (faults.length === 0 && !isPositiveThousandths(concentrationMgPerMl * volumeMl)) {
        faults.push({ field: 'volumeMl', message: 'Concentration × volume must come to a whole 0.001 mg' });
      }
      return faults;
    }
    case ProductKind.EsketamineDevice:
      return details.mgPerDevice === esketamineMgPerDevice
        ? []
        : [{ field: 'mgPerDevice', message: `Esketamine devices hold ${esketamineMgPerDevice} mg` }];
  }
}

/**
 * Checks what a schema cannot about a received container and throws every fault at once.
 * @param details - the container as received
 */
export function validateContainerDetails(details: ContainerDetails): void {
  const faults: FieldFault[] = [...productFaults(details), ...registrantFaults(details.supplier, 'supplier')];
  if (!isValidNdc(details.ndc)) {
    faults.push({ field: 'ndc', message: 'NDC must be 4-4-2, 5-3-2, 5-4-1 or 5-4-2 (e.g. 0409-2051-05)' });
  }
  if (details.lot.trim() === '') {
    faults.push({ field: 'lot', message: 'Lot number is required' });
  }
  if (lastUsableDate(details.expiryDate) === undefined) {
    faults.push({ field: 'expiryDate', message: 'Expiry must be a real date (YYYY-MM-DD or YYYY-MM)' });
  }
  if (!Number.isSafeInteger(details.quantity) || details.quantity < 1 || details.quantity > maxUnitsPerReceipt) {
    faults.push({ field: 'quantity', message: `Quantity must be a whole number of units, 1 to ${maxUnitsPerReceipt}` });
  }
  if (details.location.trim() === '') {
    faults.push({ field: 'location', message: 'Storage location is required' });
  }
  if (details.invoiceNumber.trim() === '') {
    faults.push({ field: 'invoiceNumber', message: 'Invoice number is required (CIII receipts are by invoice)' });
  }
  if (!isCalendarDate(details.invoiceDate)) {
    faults.push({ field: 'invoiceDate', message: 'Invoice date must be a real date (YYYY-MM-DD)' });
  }
  assertNoFaults(faults, 'Container details are not valid');
}

/** Micrograms in one unit (vial or device); assumes validated details. */
export function unitContentUg(details: ContainerDetails): number {
  switch (details.productKind) {
    case ProductKind.KetamineHclVial:
      return Math.round(details.concentrationMgPerMl * details.volumeMl * 1000);
    case ProductKind.EsketamineDevice:
      return details.mgPerDevice * 1000;
  }
}

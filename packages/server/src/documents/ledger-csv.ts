import type { DispensingRecord, InventoryRecord } from '@chairside/domain';
import { csvCell } from '../http/routes/audit.js';
import { withNames } from './ledger-pdf.js';

type People = Readonly<Record<string, string>>;

function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = rows.map((row) => row.map(csvCell).join(','));
  return `${header.join(',')}\r\n${lines.map((l) => `${l}\r\n`).join('')}`;
}

/**
 * The 1304.22(c) record as one CSV table: one row per receipt, administration or disposal, with
 * the product on every row. Cells starting with = + - @ are quoted so no spreadsheet runs them.
 */
export function dispensingCsv(record: DispensingRecord, people: People): string {
  const header = [
    'section',
    'date',
    'ndc',
    'substance',
    'finished_form',
    'units_per_container',
    'container_id',
    'quantity_mg',
    'quantity_ml',
    'patient_name',
    'patient_address',
    'administered_by',
    'lot',
    'number_of_containers',
    'supplier_name',
    'supplier_address',
    'supplier_dea_number',
    'invoice',
    'manner',
  ];
  const rows: unknown[][] = [];
  for (const s of record.substances) {
    const product = [s.ndc, s.substanceName, s.finishedForm, s.unitsPerContainer];
    for (const r of s.received) {
      rows.push([
        'received',
        r.receivedAt,
        ...product,
        r.containerId,
        r.quantityMg,
        '',
        '',
        '',
        '',
        r.lot,
        r.numberOfContainers,
        r.supplierName,
        r.supplierAddress,
        r.supplierDeaNumber,
        `${r.invoiceNumber} ${r.invoiceDate}`,
        '',
      ]);
    }
    for (const a of s.administered) {
      rows.push([
        'administered',
        a.administeredAt,
        ...product,
        a.containerId,
        a.quantityMg,
        a.quantityMl ?? '',
        a.patientName,
        a.patientAddress,
        people[a.administeredBy] ?? a.administeredBy,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
    }
    for (const d of s.disposed) {
      rows.push([
        'disposed',
        d.disposedAt,
        ...product,
        d.containerId,
        d.quantityMg,
        d.quantityMl ?? '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        withNames(d.manner, people),
      ]);
    }
  }
  return csv(header, rows);
}

/** An inventory as CSV: one row per container on hand. */
export function inventoryCsv(record: InventoryRecord): string {
  const header = [
    'inventory',
    'taken_at',
    'business_time',
    'taken_by',
    'ndc',
    'substance',
    'finished_form',
    'units_per_container',
    'container_id',
    'lot',
    'expiry',
    'location',
    'on_hand_mg',
    'on_hand_ml',
    'devices',
    'count_method',
    'last_count_at',
    'last_count_mg',
  ];
  const common = [record.kind, record.takenAt, record.businessTime, record.takenBy.join('; ')];
  const rows = record.rows.map((r) => [
    ...common,
    r.ndc,
    r.substanceName,
    r.finishedForm,
    r.unitsPerContainer,
    r.balance.containerId,
    r.balance.lot,
    r.balance.expiryDate,
    r.balance.location,
    r.balance.balanceMg,
    r.balance.balanceMl ?? '',
    r.balance.devices ?? '',
    r.countMethod,
    r.lastCount?.at ?? '',
    r.lastCount?.countedMg ?? '',
  ]);
  return csv(header, record.nothingOnHand ? [[...common, '', 'nothing on hand (zero)']] : rows);
}

import type { DispensingRecord, InventoryRecord, SubstanceRecord } from '@chairside/domain';
import type { ContainerView } from '../app/ledger/ledger-queries.js';
import { field, heading, newPdf, pdfBuffer, printedTime, type Pdf } from './pdf-document.js';
import { ensureSpace, table } from './pdf-table.js';

type People = Readonly<Record<string, string>>;

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Replaces user ids (uuids) in a text, e.g. a disposal manner, with the people's names. */
export function withNames(text: string, people: People): string {
  return text.replace(uuidPattern, (id) => people[id] ?? id);
}

const mg = (value: number): string => `${value} mg`;
const ml = (value: number | null): string => (value === null ? '—' : `${value} mL`);
const short = (id: string): string => id.slice(0, 8);

function footer(doc: Pdf, text: string): void {
  doc.moveDown(1).fontSize(8).fillColor('#555555').text(text).fillColor('black').fontSize(10);
}

function substanceSection(doc: Pdf, substance: SubstanceRecord, people: People): void {
  ensureSpace(doc, 120);
  heading(doc, `${substance.substanceName} — NDC ${substance.ndc}`, 12);
  doc.text(
    `${substance.finishedForm}; ${substance.unitsPerContainer}; Schedule ${substance.schedule}, DEA drug code ${substance.deaDrugCode}`,
  );
  ensureSpace(doc, 70);
  heading(doc, 'Received', 10);
  table(
    doc,
    [
      { header: 'Date received', width: 0.12 },
      { header: 'Container', width: 0.08 },
      { header: 'Units', width: 0.05, align: 'right' },
      { header: 'Lot', width: 0.08 },
      { header: 'Quantity', width: 0.09, align: 'right' },
      { header: 'Supplier (name, address, DEA number)', width: 0.42 },
      { header: 'Invoice', width: 0.16 },
    ],
    substance.received.map((r) => [
      printedTime(r.receivedAt),
      short(r.containerId),
      String(r.numberOfContainers),
      r.lot,
      mg(r.quantityMg),
      `${r.supplierName}, ${r.supplierAddress}, DEA ${r.supplierDeaNumber}`,
      `${r.invoiceNumber} (${r.invoiceDate})`,
    ]),
    'Nothing received in this period.',
  );
  ensureSpace(doc, 70);
  heading(doc, 'Administered', 10);
  table(
    doc,
    [
      { header: 'Date', width: 0.12 },
      { header: 'Patient', width: 0.18 },
      { header: 'Patient address', width: 0.26 },
      { header: 'Quantity', width: 0.09, align: 'right' },
      { header: 'Volume', width: 0.08, align: 'right' },
      { header: 'Administered by', width: 0.17 },
      { header: 'Container', width: 0.1 },
    ],
    substance.administered.map((a) => [
      printedTime(a.administeredAt),
      a.patientName,
      a.patientAddress,
      mg(a.quantityMg),
      ml(a.quantityMl),
      people[a.administeredBy] ?? a.administeredBy,
      short(a.containerId),
    ]),
    'Nothing administered in this period.',
  );
  ensureSpace(doc, 70);
  heading(doc, 'Disposed of otherwise (waste, return, destruction, count adjustment)', 10);
  table(
    doc,
    [
      { header: 'Date', width: 0.12 },
      { header: 'Container', width: 0.1 },
      { header: 'Manner', width: 0.58 },
      { header: 'Quantity', width: 0.1, align: 'right' },
      { header: 'Volume', width: 0.1, align: 'right' },
    ],
    substance.disposed.map((d) => [
      printedTime(d.disposedAt),
      short(d.containerId),
      withNames(d.manner, people),
      mg(d.quantityMg),
      ml(d.quantityMl),
    ]),
    'Nothing disposed of in this period.',
  );
}

/** The dispensing/administration record of 21 CFR 1304.22(c) for a date range. */
export async function renderDispensingRecordPdf(
  record: DispensingRecord,
  people: People,
  clinicName: string,
  generatedAt: string,
): Promise<Buffer> {
  const doc = await newPdf('Controlled substance dispensing record', { layout: 'landscape', margin: 40 });
  doc.font('bold').fontSize(16).fillColor('#12344d').text('Controlled substance dispensing and administration record');
  doc.font('body').fontSize(10).fillColor('black');
  field(doc, 'Registrant', clinicName);
  field(doc, 'Period', `${printedTime(record.fromAt)} to ${printedTime(record.toAt)} (end excluded)`);
  field(doc, 'Content', '21 CFR 1304.22(c): receipts, administrations and other disposals per substance');
  if (record.substances.length === 0) {
    doc.moveDown().text('No ketamine or esketamine was received, administered or disposed of in this period.');
  }
  for (const substance of record.substances) {
    substanceSection(doc, substance, people);
  }
  footer(
    doc,
    `Generated ${printedTime(generatedAt)} from the hash-chained ledger. Keep at least 2 years (21 CFR 1304.04(a)).`,
  );
  return pdfBuffer(doc);
}

/** An initial or biennial inventory [21 CFR 1304.11]. */
export async function renderInventoryPdf(
  record: InventoryRecord,
  clinicName: string,
  generatedAt: string,
): Promise<Buffer> {
  const doc = await newPdf('Controlled substance inventory', { layout: 'landscape', margin: 40 });
  const title = record.kind === 'initial' ? 'Initial inventory' : 'Biennial inventory';
  doc.font('bold').fontSize(16).fillColor('#12344d').text(`${title} of controlled substances`);
  doc.font('body').fontSize(10).fillColor('black');
  field(doc, 'Registrant', clinicName);
  field(doc, 'Taken', `${printedTime(record.takenAt)}, ${record.businessTime.replace(/-/g, ' ')}`);
  field(doc, 'Taken by', record.takenBy.join(', '));
  field(doc, 'Total on hand', mg(record.totalOnHandMg));
  if (record.nothingOnHand) {
    doc.moveDown().font('bold').text('Nothing on hand: this inventory records zero (21 CFR 1304.11(b)).').font('body');
  }
  doc.moveDown(0.5);
  table(
    doc,
    [
      { header: 'Substance', width: 0.17 },
      { header: 'NDC', width: 0.1 },
      { header: 'Form, strength', width: 0.15 },
      { header: 'Container', width: 0.13 },
      { header: 'Lot / expiry', width: 0.11 },
      { header: 'Location', width: 0.09 },
      { header: 'On hand', width: 0.12, align: 'right' },
      { header: 'Count', width: 0.13 },
    ],
    record.rows.map((row) => [
      row.substanceName,
      row.ndc,
      row.finishedForm,
      `${row.unitsPerContainer} (${short(row.balance.containerId)})`,
      `${row.balance.lot} / ${row.balance.expiryDate}`,
      row.balance.location,
      row.balance.devices === undefined
        ? `${mg(row.balance.balanceMg)} (${ml(row.balance.balanceMl ?? null)})`
        : `${row.balance.devices} devices (${mg(row.balance.balanceMg)})`,
      `${row.countMethod === 'exact' ? 'Exact count' : 'Estimate allowed (opened)'}${row.lastCount ? `; last counted ${row.lastCount.countedMg} mg` : ''}`,
    ]),
    'Nothing on hand.',
  );
  doc.moveDown(2).text('Signature: ______________________________    Date: ______________');
  footer(doc, `Generated ${printedTime(generatedAt)}. Keep at least 2 years (21 CFR 1304.04(a)).`);
  return pdfBuffer(doc);
}

/** The QR code's payload: the container id, prefixed so a scanner app can tell what it is. */
export const labelPayload = (containerId: string): string => `chairside:container:${containerId}`;

/** A 4 × 2 inch label for a container, with a QR code of its id. */
export async function renderContainerLabelPdf(container: ContainerView, clinicName: string): Promise<Buffer> {
  const { default: bwipjs } = await import('bwip-js');
  const qr: Buffer = await bwipjs.toBuffer({ bcid: 'qrcode', text: labelPayload(container.containerId), scale: 4 });
  const doc = await newPdf(`Container ${container.containerId}`, { size: [288, 144], margin: 10 });
  doc.image(qr, 10, 12, { width: 110, height: 110 });
  const x = 128;
  const width = 150;
  doc.font('bold').fontSize(9).text(container.substanceName, x, 12, { width });
  doc.font('body').fontSize(7.5);
  const strength =
    container.details.productKind === 'ketamine-hcl-vial'
      ? `${container.details.concentrationMgPerMl} mg/mL, ${container.details.volumeMl} mL vial`
      : `${container.details.mgPerDevice} mg nasal device`;
  for (const line of [
    strength,
    `NDC ${container.ndc}   CIII`,
    `Lot ${container.lot}   Exp ${container.expiryDate}`,
    `Units ${container.details.quantity}   ${container.location}`,
    `Received ${container.receivedAt.slice(0, 10)}`,
  ]) {
    doc.text(line, x, doc.y, { width });
  }
  doc
    .font('bold')
    .fontSize(8)
    .text(container.containerId.slice(0, 8).toUpperCase(), x, doc.y + 3, { width });
  doc
    .font('body')
    .fontSize(6)
    .fillColor('#555555')
    .text(`${clinicName} · ${container.containerId}`, 10, 126, { width: 268 });
  return pdfBuffer(doc);
}

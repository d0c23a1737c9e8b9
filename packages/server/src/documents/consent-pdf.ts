import type { ConsentForm } from '@chairside/domain';
import type { ConsentRecordRow } from '../app/intake-ports.js';
import type { PatientRow } from '../app/ports.js';
import { field, heading, newPdf, pdfBuffer, printedTime, type Pdf } from './pdf-document.js';

const routeName: Readonly<Record<string, string>> = {
  iv: 'intravenous ketamine',
  im: 'intramuscular ketamine',
  intranasal: 'intranasal esketamine (SPRAVATO)',
};

/** The drawn signature is a PNG data URL; anything else is not embedded. */
function signatureImage(dataUrl: string | null): Buffer | null {
  const match = dataUrl === null ? null : /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  return match?.[1] ? Buffer.from(match[1], 'base64') : null;
}

function drawSignature(doc: Pdf, image: Buffer | null): void {
  try {
    if (!image) {
      throw new Error('no PNG');
    }
    doc
      .moveDown(0.3)
      .image(image, { fit: [240, 80] })
      .moveDown(0.3);
  } catch {
    // The stored record is kept as signed; only its picture cannot be drawn.
    doc
      .fillColor('#a00')
      .text('The drawn signature is stored with the record but could not be drawn here.')
      .fillColor('black');
  }
}

/**
 * The printable copy of a signed informed consent: the exact form version the patient saw,
 * each element with its explanation, the signature, the witness, and any withdrawal.
 */
export async function renderConsentPdf(
  consent: ConsentRecordRow,
  patient: PatientRow,
  clinicName: string,
): Promise<Buffer> {
  const form = consent.form as ConsentForm;
  const doc = await newPdf(`Informed consent – ${patient.legalGivenName} ${patient.legalFamilyName}`);
  doc.font('bold').fontSize(16).text(clinicName);
  doc
    .font('body')
    .fontSize(11)
    .fillColor('#444')
    .text(`Informed consent for ${routeName[consent.route] ?? consent.route}`);
  doc.fillColor('black').fontSize(9).text(`Form ${form.id}, version ${consent.formVersion}`);

  heading(doc, 'Patient');
  field(doc, 'Name', `${patient.legalGivenName} ${patient.legalFamilyName}`);
  field(doc, 'Date of birth', patient.dateOfBirth);
  field(doc, 'MRN', patient.mrn);

  heading(doc, form.title);
  const acknowledged = new Set(consent.acknowledgedElements);
  for (const element of form.elements) {
    doc
      .moveDown(0.3)
      .font('bold')
      .fontSize(10)
      .text(`${acknowledged.has(element.id) ? '☑' : '☐'} ${element.title}`);
    const left = doc.page.margins.left;
    doc
      .font('body')
      .fontSize(9.5)
      .text(element.text, left + 16, doc.y, { width: doc.page.width - left * 2 - 16 });
    doc.x = left;
  }

  heading(doc, 'Signature');
  field(doc, 'Signed by the patient', consent.patientTypedName);
  field(doc, 'Signed at', printedTime(consent.patientSignedAt));
  const image = signatureImage(consent.signaturePng);
  if (consent.signatureMethod === 'checkbox') {
    doc.text('The patient confirmed by ticking the consent box.');
  } else {
    drawSignature(doc, image);
  }
  field(doc, 'Witnessed by', consent.witnessUsername);
  field(doc, 'Recorded at', printedTime(consent.recordedAt));
  if (consent.withdrawal) {
    heading(doc, 'Withdrawn');
    field(doc, 'Withdrawn at', printedTime(consent.withdrawal.at));
    field(doc, 'Recorded by', consent.withdrawal.byUsername);
    field(doc, 'Reason', consent.withdrawal.reason);
  }
  return pdfBuffer(doc);
}

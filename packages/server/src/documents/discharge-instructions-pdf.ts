import type { DischargeInstructions } from '@chairside/domain';
import { field, heading, newPdf, pdfBuffer, printedTime } from './pdf-document.js';

export interface DischargeSheet {
  readonly instructions: DischargeInstructions;
  readonly patientName: string;
  readonly mrn: string;
  readonly sessionDate: string;
  readonly escortName: string | null;
  /** Medications held for the session, to resume as the prescriber said. */
  readonly holdsToResume: readonly string[];
}

/** The printed sheet the patient takes home: the domain's instructions, plus holds to resume. */
export async function renderDischargeInstructionsPdf(sheet: DischargeSheet): Promise<Buffer> {
  const doc = await newPdf(`Discharge instructions – ${sheet.patientName}`);
  doc.font('bold').fontSize(16).text(sheet.instructions.title);
  doc.moveDown(0.3);
  field(doc, 'Patient', `${sheet.patientName} (MRN ${sheet.mrn})`);
  field(doc, 'Treatment', printedTime(sheet.sessionDate));
  if (sheet.escortName !== null) {
    field(doc, 'Going home with', sheet.escortName);
  }
  for (const section of sheet.instructions.sections) {
    heading(doc, section.heading);
    for (const item of section.items) {
      doc.font('body').fontSize(10.5).text(`• ${item.text}`, { paragraphGap: 3 });
    }
  }
  heading(doc, 'Medications to resume');
  if (sheet.holdsToResume.length === 0) {
    doc.font('body').fontSize(10.5).text('No medication was held for this treatment.');
  } else {
    for (const medication of sheet.holdsToResume) {
      doc.font('body').fontSize(10.5).text(`• ${medication}: resume as your prescriber told you.`);
    }
  }
  heading(doc, 'In a crisis');
  doc.font('bold').fontSize(11).text(sheet.instructions.crisisLine.text);
  return pdfBuffer(doc);
}

import type { LetterRecipient, LetterRenderInput, ScorePoint } from '../app/continuity-ports.js';
import { newPdf, pdfBuffer, type Pdf } from './pdf-document.js';

export type LetterPdfInput = LetterRenderInput;

const colours = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00'];
const recipientRole: Readonly<Record<LetterRecipient['role'], string>> = {
  referring_clinician: 'Referring clinician',
  primary_care: 'Primary care',
  therapist: 'Therapist',
  psychiatrist: 'Psychiatrist',
  other: 'Care team',
};

function letterhead(doc: Pdf, lines: readonly string[]): void {
  const [name, ...rest] = lines;
  doc
    .font('bold')
    .fontSize(16)
    .fillColor('#12344d')
    .text(name ?? '', { align: 'left' });
  doc.font('body').fontSize(9).fillColor('#444444');
  for (const line of rest) {
    doc.text(line);
  }
  const y = doc.y + 6;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .strokeColor('#12344d')
    .lineWidth(1)
    .stroke();
  doc.fillColor('black').fontSize(10).moveDown(1.2);
}

/** Totals per scale over time, each as a fraction of the scale's maximum (0 at the bottom). */
export function drawScoreChart(doc: Pdf, series: readonly ScorePoint[]): void {
  if (series.length === 0) {
    return;
  }
  const left = doc.page.margins.left + 30;
  const width = 300;
  const height = 110;
  if (doc.y + height + 40 > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
  }
  const top = doc.y + 6;
  const times = series.map((p) => Date.parse(p.takenAt));
  const t0 = Math.min(...times);
  const span = Math.max(Math.max(...times) - t0, 86_400_000);
  const x = (iso: string): number => left + ((Date.parse(iso) - t0) / span) * width;
  const y = (p: ScorePoint): number => top + height - (p.total / p.maxTotal) * height;
  doc.lineWidth(0.5).strokeColor('#999999');
  doc
    .moveTo(left, top)
    .lineTo(left, top + height)
    .lineTo(left + width, top + height)
    .stroke();
  doc.fontSize(7).fillColor('#666666');
  doc.text('max', left - 24, top - 3, { width: 20, align: 'right' });
  doc.text('0', left - 24, top + height - 4, { width: 20, align: 'right' });
  doc.text(series[0]?.takenAt.slice(0, 10) ?? '', left - 10, top + height + 4);
  doc.text(series.at(-1)?.takenAt.slice(0, 10) ?? '', left + width - 40, top + height + 4);
  const scales = [...new Set(series.map((p) => p.abbreviation))];
  scales.forEach((name, index) => {
    const colour = colours[index % colours.length] ?? '#1c7ed6';
    const points = series.filter((p) => p.abbreviation === name);
    doc.lineWidth(1.5).strokeColor(colour).fillColor(colour);
    points.forEach((p, i) => {
      if (i === 0) {
        doc.moveTo(x(p.takenAt), y(p));
      } else {
        doc.lineTo(x(p.takenAt), y(p));
      }
    });
    doc.stroke();
    for (const p of points) {
      doc.circle(x(p.takenAt), y(p), 2.2).fill();
      doc.fontSize(7).text(String(p.total), x(p.takenAt) - 6, y(p) - 11, { width: 12, align: 'center' });
    }
    const legendY = top + index * 12;
    doc.rect(left + width + 16, legendY + 2, 8, 8).fill();
    doc
      .fillColor('black')
      .fontSize(8)
      .text(`${name} (0–${points[0]?.maxTotal ?? ''})`, left + width + 28, legendY + 1);
  });
  doc.fillColor('black').fontSize(10);
  doc.x = doc.page.margins.left;
  doc.y = top + height + 22;
}

/** A letter to a care-team member on the clinic's letterhead, with the score chart and signature. */
export async function renderLetterPdf(input: LetterPdfInput): Promise<Buffer> {
  const doc = await newPdf(input.subject);
  letterhead(doc, input.template.letterhead);
  doc.fontSize(10).text(input.date);
  doc.moveDown(0.8);
  const r = input.recipient;
  doc.font('bold').text(r.name).font('body');
  doc.text(`${recipientRole[r.role]}${r.organisation ? `, ${r.organisation}` : ''}`);
  if (r.fax) {
    doc.text(`Fax ${r.fax}`);
  }
  if (r.email) {
    doc.text(r.email);
  }
  doc.moveDown(0.8);
  doc.font('bold').fontSize(11).text(input.subject).font('body').fontSize(10);
  doc.moveDown(0.5);
  doc.text(`Dear ${r.name},`);
  for (const section of input.sections) {
    doc.moveDown(0.6).font('bold').fontSize(10.5).fillColor('#12344d').text(section.heading);
    doc.font('body').fontSize(10).fillColor('black').text(section.text, { lineGap: 1.5 });
    if (section.heading === 'Scores over time') {
      drawScoreChart(doc, input.scoreSeries);
    }
  }
  // Keep the closing, the signature and the signature block together on one page.
  if (doc.y + 110 > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
  }
  doc.moveDown(1.2).text('Yours sincerely,').moveDown(0.8);
  if (input.signed) {
    doc.font('bold').text(`Electronically signed by ${input.signed.name}`).font('body');
    doc
      .fontSize(9)
      .fillColor('#444444')
      .text(`Signed ${input.signed.at.slice(0, 16).replace('T', ' ')} UTC`);
  } else {
    doc.font('bold').fillColor('#c92a2a').text('PREVIEW — NOT SIGNED').font('body');
  }
  doc.fillColor('black').fontSize(10).text(input.template.signatureBlock);
  if (input.template.footer) {
    doc.moveDown(1.5).fontSize(8).fillColor('#666666').text(input.template.footer);
  }
  return pdfBuffer(doc);
}

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The standard PDF fonts are Latin-1 only (✓, ≥, ₂ come out garbled); an embedded TTF is not.
const fonts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');

export type Pdf = PDFKit.PDFDocument;

/**
 * A Letter-size document with the shipped fonts registered as `body` and `bold`.
 * pdfkit loads on first use: it adds a fifth of a second to start-up otherwise.
 */
export async function newPdf(
  title: string,
  options: { layout?: 'portrait' | 'landscape'; margin?: number; size?: [number, number] } = {},
): Promise<Pdf> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: options.size ?? 'LETTER',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 56,
    info: { Title: title, Producer: 'Chairside' },
  });
  doc.registerFont('body', join(fonts, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
  doc.font('body');
  return doc;
}

/** Collects the document into one buffer. */
export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
    doc.end();
  });
}

export function heading(doc: Pdf, text: string, size = 13): void {
  doc
    .moveDown(0.6)
    .font('bold')
    .fontSize(size)
    .fillColor('#12344d')
    .text(text)
    .font('body')
    .fillColor('black')
    .fontSize(10);
}

/** A label/value line: "Date of birth: 1984-03-17". */
export function field(doc: Pdf, label: string, value: string): void {
  doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('body').text(value);
}

/** An instant as printed on a clinical document: unambiguous, with its zone. */
export function printedTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

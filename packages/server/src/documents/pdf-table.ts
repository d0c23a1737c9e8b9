import type { Pdf } from './pdf-document.js';

export interface Column {
  readonly header: string;
  /** Share of the page width (the shares of a table add up to 1). */
  readonly width: number;
  readonly align?: 'left' | 'right';
}

const cellPadding = 3;
const fontSize = 8;

function rowHeight(doc: Pdf, cells: readonly string[], widths: readonly number[]): number {
  doc.fontSize(fontSize);
  return (
    Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * cellPadding }))) +
    2 * cellPadding
  );
}

function drawRow(
  doc: Pdf,
  cells: readonly string[],
  columns: readonly Column[],
  widths: readonly number[],
  header: boolean,
): void {
  const left = doc.page.margins.left;
  const height = rowHeight(doc, cells, widths);
  const top = doc.y;
  if (header) {
    doc
      .rect(
        left,
        top,
        widths.reduce((a, b) => a + b, 0),
        height,
      )
      .fill('#e8eef3');
  }
  doc
    .fillColor(header ? '#12344d' : 'black')
    .font(header ? 'bold' : 'body')
    .fontSize(fontSize);
  let x = left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    doc.text(cell, x + cellPadding, top + cellPadding, {
      width: width - 2 * cellPadding,
      align: columns[i]?.align ?? 'left',
    });
    x += width;
  });
  doc
    .moveTo(left, top + height)
    .lineTo(x, top + height)
    .lineWidth(0.5)
    .strokeColor('#b8c4ce')
    .stroke();
  doc.x = left;
  doc.y = top + height;
  doc.font('body').fillColor('black');
}

/**
 * A simple table that breaks across pages, repeating its header. An empty table prints a line
 * saying so, so a blank section is never mistaken for a missing one.
 */
export function table(doc: Pdf, columns: readonly Column[], rows: readonly (readonly string[])[], empty: string): void {
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const widths = columns.map((c) => c.width * usable);
  const headers = columns.map((c) => c.header);
  const bottom = (): number => doc.page.height - doc.page.margins.bottom;
  if (doc.y + rowHeight(doc, headers, widths) * 2 > bottom()) {
    doc.addPage();
  }
  drawRow(doc, headers, columns, widths, true);
  if (rows.length === 0) {
    doc
      .fontSize(9)
      .fillColor('#555555')
      .text(empty, doc.page.margins.left + cellPadding, doc.y + cellPadding)
      .fillColor('black');
    doc.x = doc.page.margins.left;
    return;
  }
  for (const row of rows) {
    if (doc.y + rowHeight(doc, row, widths) > bottom()) {
      doc.addPage();
      drawRow(doc, headers, columns, widths, true);
    }
    drawRow(doc, row, columns, widths, false);
  }
}

/** Starts a new page unless `points` of height are left, so a heading never ends a page alone. */
export function ensureSpace(doc: Pdf, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
  }
}

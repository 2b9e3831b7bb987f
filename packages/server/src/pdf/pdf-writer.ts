import { pdfSafe } from './pdf-text.ts';

/**
 * A small writer on pdfkit for headings, label–value lines, bullets and tables with page breaks, for documents
 * made in `pdf-document.ts`. Used by the access export and the minutes of the case meeting (ZVT-3A.4).
 */

/** A thin layer over pdfkit: headings, label–value lines and a simple table, with page breaks. */
export class PdfWriter {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private ensure(space: number) {
    if (this.doc.y + space > this.bottom) this.doc.addPage();
  }

  title(text: string) {
    this.doc.font('Helvetica-Bold').fontSize(20).fillColor('#000').text(pdfSafe(text));
    this.doc.moveDown(0.3);
  }

  h1(text: string) {
    this.ensure(60);
    this.doc.moveDown(0.8).font('Helvetica-Bold').fontSize(15).fillColor('#000').text(pdfSafe(text));
    this.doc.moveDown(0.3);
  }

  h2(text: string) {
    this.ensure(40);
    this.doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).fillColor('#000').text(pdfSafe(text));
    this.doc.moveDown(0.2);
  }

  h3(text: string) {
    this.ensure(30);
    this.doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10.5).fillColor('#000').text(pdfSafe(text));
  }

  p(text: string, options: { muted?: boolean; indent?: number } = {}) {
    this.doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor(options.muted ? '#444' : '#000')
      .text(pdfSafe(text), { indent: options.indent ?? 0, paragraphGap: 2 });
  }

  field(label: string, value: string | null | undefined) {
    this.doc.font('Helvetica-Bold').fontSize(10).fillColor('#000').text(`${pdfSafe(label)}: `, { continued: true });
    this.doc.font('Helvetica').text(pdfSafe(value === null || value === undefined || value === '' ? '—' : value));
  }

  bullet(text: string) {
    this.doc.font('Helvetica').fontSize(10).fillColor('#000').text(`•  ${pdfSafe(text)}`, { indent: 10, paragraphGap: 1 });
  }

  table(columns: readonly { header: string; width: number }[], rows: readonly (readonly string[])[]) {
    const left = this.doc.page.margins.left;
    const drawRow = (cells: readonly string[], bold: boolean) => {
      this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
      const heights = cells.map((cell, i) => this.doc.heightOfString(pdfSafe(cell), { width: (columns[i]?.width ?? 80) - 6 }));
      const height = Math.max(...heights) + 6;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (!bold) drawRow(columns.map((c) => c.header), true);
      }
      const top = this.doc.y;
      let x = left;
      cells.forEach((cell, i) => {
        const width = columns[i]?.width ?? 80;
        this.doc.fillColor('#000').text(pdfSafe(cell), x + 3, top + 3, { width: width - 6 });
        x += width;
      });
      this.doc
        .moveTo(left, top + height)
        .lineTo(x, top + height)
        .lineWidth(bold ? 1 : 0.3)
        .strokeColor('#888')
        .stroke();
      this.doc.x = left;
      this.doc.y = top + height;
    };
    drawRow(columns.map((c) => c.header), true);
    for (const row of rows) drawRow(row, false);
    this.doc.moveDown(0.5);
  }
}

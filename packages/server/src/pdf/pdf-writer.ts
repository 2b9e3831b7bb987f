import PDFDocument from 'pdfkit';

/**
 * Shared PDF helpers on pdfkit (X-6 "letters as PDF"): text the standard fonts can print, a small writer for
 * headings, label–value lines, bullets and tables with page breaks, and rendering a document to bytes. Used by
 * the access export and the minutes of the case meeting (ZVT-3A.4).
 */

// The standard PDF fonts (no font files to ship) encode WinAnsi only: Latin-1 plus these characters.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const LOOKALIKES: Readonly<Record<string, string>> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', ŋ: 'n', ſ: 's' };

/**
 * Text as the standard fonts can print it: letters with accents outside WinAnsi lose the accent (ș → s),
 * a few known letters map to their look-alike (ı → i), anything else becomes `?`. The embedded JSON keeps
 * every character exactly; the PDF says so.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === '\n' || WIN_ANSI_EXTRA.has(char)) {
      out += char;
      continue;
    }
    const lookalike = LOOKALIKES[char];
    if (lookalike !== undefined) {
      out += lookalike;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += /^[\x20-\xff]+$/.test(base) ? base : '?';
  }
  return out;
}

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

/** A4 with the house margins, Dutch, title shown; `extra` adds options such as encryption. */
export function createPdfDocument(info: { title: string; subject: string; createdAt: Date }, extra: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    lang: 'nl-NL',
    displayTitle: true,
    bufferPages: true,
    info: { Title: info.title, Author: 'Ketentafel', Subject: info.subject, CreationDate: info.createdAt },
    ...extra,
  });
}

/** Collects a document's bytes; call before writing, await after `doc.end()`. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
}

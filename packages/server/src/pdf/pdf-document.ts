import PDFDocument from 'pdfkit';
import { pdfSafe } from './pdf-text.ts';

/** A pdfkit document collecting its bytes in memory; nothing is written to disk. */
export interface PdfBuffer {
  readonly doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  readonly finish: () => Promise<Buffer>;
}

/** Creates an A4 document with buffered pages (for footers) whose output is collected in memory. */
export function createPdf(options: PDFKit.PDFDocumentOptions): PdfBuffer {
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, lang: 'nl-NL', displayTitle: true, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  return {
    doc,
    finish: async () => {
      doc.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}

/** Writes a centred footer on every page, e.g. "Kenmerk X — pagina 1 van 2". */
export function addPageFooters(doc: PDFKit.PDFDocument, footer: (page: number, count: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#444')
      .text(pdfSafe(footer(i + 1, range.count)), doc.page.margins.left, doc.page.height - 36, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

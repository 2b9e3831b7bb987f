import {
  LETTER_KIND_DEFINITIONS,
  renderLetterTemplate,
  rightsParagraph,
  type LetterKind,
  type PlaceholderName,
  type PlaceholderValue,
} from '@ketentafel/domain';
import { addPageFooters, createPdf } from '../../pdf/pdf-document.ts';
import { dutchDate, pdfSafe } from '../../pdf/pdf-text.ts';

/** A short line before and after a blank line, without closing punctuation, reads as a heading ("Uw rechten"). */
function isHeading(lines: readonly string[], i: number): boolean {
  const line = lines[i]?.trim() ?? '';
  const before = i === 0 ? '' : (lines[i - 1]?.trim() ?? '');
  const after = lines[i + 1]?.trim() ?? '';
  return i > 0 && before === '' && after !== '' && line.length > 0 && line.length <= 60 && !/[.,:;!?]$/.test(line) && !line.startsWith('•');
}

/**
 * Renders a filled-in letter (plain text, blank lines between paragraphs) as an A4 PDF with the standard fonts.
 * Pure on its input: nothing is stored (ADR 0018).
 */
export async function renderLetterPdf(input: { title: string; reference: string; text: string; producedAt: Date }): Promise<Buffer> {
  const { doc, finish } = createPdf({
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    info: { Title: `${input.title} (${input.reference})`, Author: 'Ketentafel', CreationDate: input.producedAt },
  });
  const lines = input.text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      doc.moveDown(0.6);
      return;
    }
    doc
      .font(isHeading(lines, i) ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(10.5)
      .fillColor('#000')
      .text(pdfSafe(line), { lineGap: 1.5 });
  });
  addPageFooters(doc, (page, count) => `Kenmerk ${input.reference} — pagina ${String(page)} van ${String(count)}`);
  return finish();
}

/** A template as stored for a table: the text and the privacy officer's contact for the rights paragraph. */
export interface LetterTemplateText {
  readonly body: string;
  readonly privacyContact: string;
}

/**
 * Fills a template of `kind` from plain data and renders the PDF. `values` names every placeholder of the kind
 * except `rechten`, which is always the fixed paragraph with the template's privacy contact.
 */
export async function renderLetter(
  kind: LetterKind,
  template: LetterTemplateText,
  values: Readonly<Partial<Record<PlaceholderName, PlaceholderValue>>>,
  meta: { reference: string; producedAt: Date },
): Promise<Buffer> {
  const text = renderLetterTemplate(template.body, { ...values, rechten: rightsParagraph(template.privacyContact) });
  return renderLetterPdf({ title: LETTER_KIND_DEFINITIONS[kind].title, reference: meta.reference, text, producedAt: meta.producedAt });
}

/** ZVT-2B.4: what the group outcome letter to one person in a group scan says, as plain data. */
export interface GroupOutcomeLetterData {
  /** The person written to, and (by age on the letter date, ZVT-1.4) the legal representatives' names. */
  readonly addressees: readonly string[];
  readonly memberName: string;
  readonly groupName: string;
  readonly reference: string;
  readonly letterDate: string;
  readonly tableName: string;
  readonly municipality: string;
  readonly outcome: string;
  readonly goal: string;
  readonly themes: readonly string[];
  readonly participants: readonly string[];
  readonly chainDirectorName: string;
  readonly signature: string;
}

/**
 * ZVT-2B.4: the letter to one person in a group scan about the outcome of the group approach, from plain data (the
 * caller, group-letter.service.ts, has checked access and supplies only that member and what the chain director may
 * see). Returns the PDF bytes; nothing is stored.
 */
export async function renderGroupOutcomeLetter(template: LetterTemplateText, data: GroupOutcomeLetterData, producedAt: Date): Promise<Buffer> {
  return renderLetter(
    'group-outcome',
    template,
    {
      geadresseerden: data.addressees,
      naam: data.memberName,
      groep: data.groupName,
      datum: dutchDate(data.letterDate),
      kenmerk: data.reference,
      tafel: data.tableName,
      gemeente: data.municipality,
      uitkomst: data.outcome,
      doel: data.goal,
      "thema's": data.themes,
      deelnemers: data.participants,
      regisseur: data.chainDirectorName,
      afzender: data.signature,
    },
    { reference: data.reference, producedAt },
  );
}

import { addPageFooters, createPdf } from '../../pdf/pdf-document.ts';
import { dutchDate } from '../../pdf/pdf-text.ts';
import { PdfWriter } from '../../pdf/pdf-writer.ts';

/** What the minutes PDF shows: exactly the items and parts the reader may see (built by the minutes service). */
export interface MinutesPdfInput {
  readonly meeting: { readonly title: string; readonly date: string; readonly startTime: string; readonly location: string };
  readonly items: readonly {
    readonly case: { readonly reference: string; readonly title: string | null };
    readonly recorded: boolean;
    readonly situationPicture: { readonly text: string; readonly owner: string } | null;
    readonly caseDirector: { readonly name: string; readonly organisation: string } | null;
    readonly actions: readonly { readonly owner: { readonly name: string }; readonly description: string; readonly dueOn: string; readonly data: readonly { readonly kind: string; readonly owner: { readonly name: string }; readonly status: string }[] }[];
    readonly outcome: { readonly label: string; readonly decidedOn: string; readonly motivation: string | null; readonly monitoringOn: string | null; readonly monitoringWith: readonly { readonly name: string }[] } | null;
  }[];
  readonly producedAt: Date;
  readonly forOrganisation: string;
  /** The chain director's complete minutes, or a partner's part. */
  readonly full: boolean;
}

/** Dutch names of the kinds of contribution a plan action may need (the web app has the same in i18n/labels.ts). */
const KIND_LABELS: Readonly<Record<string, string>> = {
  'registration-reason': 'Reden van aanmelding',
  'criteria-criminal': 'Criteriafeiten (strafrechtelijk)',
  'criteria-care': 'Criteriafeiten (zorg)',
  'criteria-other': 'Criteriafeiten (overig)',
  'partner-query-answer': 'Antwoord op partnervraag',
  'triage-record': 'Triagevastlegging',
  'situation-picture': 'Toestandsbeeld casusoverleg',
};
const STATUS_LABELS: Readonly<Record<string, string>> = { pending: 'besluit eigenaar open', released: 'vrijgegeven', refused: 'geweigerd', withdrawn: 'vrijgave ingetrokken' };

const date = dutchDate;

/**
 * ZVT-3A.4: the action agreements of a case meeting as a PDF for one reader. Not encrypted: it holds only what the
 * reader already sees on the minutes page; the header says for whom it was made.
 */
export async function renderMinutesPdf(data: MinutesPdfInput): Promise<Buffer> {
  const { doc, finish } = createPdf({
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: `Verslag ${data.meeting.title} ${data.meeting.date}`, Author: 'Ketentafel', Subject: 'Actiegerichte afspraken van het casusoverleg (ZVT-3A.4)', CreationDate: data.producedAt },
  });
  const w = new PdfWriter(doc);
  w.title(`Verslag ${data.meeting.title}`);
  w.field('Datum', `${date(data.meeting.date)}, ${data.meeting.startTime}`);
  w.field('Locatie', data.meeting.location);
  w.field('Opgesteld voor', data.forOrganisation);
  w.p(
    data.full
      ? 'Volledig verslag van de ketenregie. Vertrouwelijk: de ketenpartners ontvangen elk alleen de agendapunten waarvoor zij zijn uitgenodigd, en daarvan alleen wat aan hen is vrijgegeven (ZVT-3A.4).'
      : 'Vertrouwelijk. Dit verslag bevat alleen de agendapunten waarvoor uw organisatie is uitgenodigd, en daarvan alleen uw eigen acties en wat de eigenaar aan uw organisatie heeft vrijgegeven (ZVT-3A.3, ZVT-3A.4).',
    { muted: true },
  );
  for (const item of data.items) {
    w.h1(item.case.title ? `${item.case.title} (${item.case.reference})` : `Casus ${item.case.reference}`);
    if (!item.recorded) {
      w.p('Voor dit agendapunt is (nog) niets vastgelegd.', { muted: true });
      continue;
    }
    w.h2('Gezamenlijk toestandsbeeld');
    if (item.situationPicture) {
      w.p(item.situationPicture.text);
      w.p(`Eigenaar: ${item.situationPicture.owner}`, { muted: true });
    } else {
      w.p(data.full ? 'Nog niet vastgelegd.' : 'Niet aan uw organisatie vrijgegeven.', { muted: true });
    }
    w.field('Casusregisseur', item.caseDirector ? `${item.caseDirector.name} (${item.caseDirector.organisation})` : 'nog niet afgesproken');
    w.h2(data.full ? 'Plan van aanpak' : 'Uw acties in het plan van aanpak');
    if (item.actions.length === 0) {
      w.p(data.full ? 'Geen acties vastgelegd.' : 'Uw organisatie heeft geen actie in het plan van aanpak en neemt geen persoonsgegevens mee (ZVT-3A.3).', { muted: true });
    } else {
      w.table(
        [
          { header: 'Wie', width: 110 },
          { header: 'Wat', width: 190 },
          { header: 'Uiterlijk', width: 70 },
          { header: 'Benodigde gegevens', width: 113 },
        ],
        item.actions.map((a) => [
          a.owner.name,
          a.description,
          date(a.dueOn),
          a.data.length === 0 ? '—' : a.data.map((d) => `${KIND_LABELS[d.kind] ?? d.kind} van ${d.owner.name}: ${STATUS_LABELS[d.status] ?? d.status}`).join('; '),
        ]),
      );
    }
    w.h2('Uitkomst');
    if (!item.outcome) {
      w.p('Nog niet vastgelegd.', { muted: true });
    } else {
      w.field('Uitkomst', `${item.outcome.label} (besloten op ${date(item.outcome.decidedOn)})`);
      if (item.outcome.monitoringOn) w.field('Monitoring', `${date(item.outcome.monitoringOn)}, met ${item.outcome.monitoringWith.map((o) => o.name).join(', ')}`);
      if (item.outcome.motivation) w.field('Motivering', item.outcome.motivation);
    }
  }
  addPageFooters(doc, (page, count) => `Verslag ${data.meeting.date} — pagina ${String(page)} van ${String(count)}`);
  return finish();
}

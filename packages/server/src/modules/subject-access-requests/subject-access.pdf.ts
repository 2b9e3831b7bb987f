import {
  DEFERRAL_GROUNDS,
  ELIGIBILITY_FACT_LABELS,
  FACT_VALUE_LABELS,
  INFORMING_CONTENT_ITEMS,
  INFORMING_RECIPIENT_LABELS,
  LETTER_CHANNEL_LABELS,
  LETTER_KIND_DEFINITIONS,
} from '@ketentafel/domain';
import type { AccessExportV1, ExportCase, ExportContribution, ExportGroup, ExportRepresentation } from './subject-access.export.ts';
import { CHANNEL_LABELS, RELATION_LABELS, REQUESTER_LABELS, roleLabel } from './subject-access.labels.ts';
import { throwAwayOwnerPassword } from './subject-access.seal.ts';
import { PdfWriter as Writer } from '../../pdf/pdf-writer.ts';
import { addPageFooters, createPdf } from '../../pdf/pdf-document.ts';
import { dutchDate } from '../../pdf/pdf-text.ts';

const TIME_ZONE = 'Europe/Amsterdam';
const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const shortDateTime = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const date = dutchDate;

const CONTENT_LABELS: Readonly<Record<string, string>> = { reason: 'Reden van aanmelding', ...ELIGIBILITY_FACT_LABELS };
const INFORMING_STATUS_LABELS: Readonly<Record<string, string>> = { open: 'nog niet geïnformeerd', done: 'geïnformeerd', deferred: 'informeren uitgesteld' };
const CONTENT_ITEM_LABELS = new Map<string, string>(INFORMING_CONTENT_ITEMS.map((i) => [i.id, i.label]));
const DEFERRAL_LABELS = new Map<string, string>(DEFERRAL_GROUNDS.map((g) => [g.id, g.label]));

function contentLines(content: unknown): string[] {
  if (content === null || typeof content !== 'object' || Array.isArray(content)) return [JSON.stringify(content)];
  return Object.entries(content as Record<string, unknown>).map(([key, value]) => {
    const label = CONTENT_LABELS[key] ?? key;
    const shown =
      typeof value === 'string'
        ? key in ELIGIBILITY_FACT_LABELS
          ? ((FACT_VALUE_LABELS as Readonly<Partial<Record<string, string>>>)[value] ?? value)
          : value
        : JSON.stringify(value);
    return `${label}${key in ELIGIBILITY_FACT_LABELS ? ' —' : ':'} ${shown}`;
  });
}

function contribution(w: Writer, c: ExportContribution, index: number) {
  w.h3(`Bijdrage ${String(index + 1)}: gegeven door ${c.givenBy} voor doel “${c.purpose}”`);
  w.field('Soort gegevens', c.category.label);
  w.field('Fase', `${c.phase.id} ${c.phase.name}`);
  w.field('Vastgelegd op', dateTime(c.recordedAt));
  w.p('Inhoud:');
  for (const line of contentLines(c.content)) w.bullet(line);
  if (c.releases.length === 0) {
    w.p('Niet vrijgegeven aan andere organisaties.', { muted: true });
  } else {
    w.p('Vrijgegeven aan:');
    for (const r of c.releases) {
      w.bullet(`${r.to}, voor de activiteit “${r.activity}”, op ${dateTime(r.releasedAt)}${r.withdrawnAt ? `; ingetrokken op ${dateTime(r.withdrawnAt)}` : '; niet ingetrokken'}`);
    }
  }
}

function caseSection(w: Writer, c: ExportCase) {
  w.h1(`Casus ${c.reference} — ${c.table.name}`);
  w.field('Tafel', `${c.table.name} (${c.table.municipality})`);
  w.field('Aangemeld op', date(c.registeredOn));
  w.field('Aangemeld door', c.referrerOrganisation);
  w.field('Regie bij', c.directionOrganisation);
  w.field('Huidige fase', `${c.phase.id} ${c.phase.name}`);
  if (c.endState) w.field('Afgesloten', `${c.endState.label}${c.endedOn ? ` (${date(c.endedOn)})` : ''}`);
  if (c.scaleDownOn) w.field('Afschaling besloten op', date(c.scaleDownOn));
  if (c.inactiveSince) w.field('Inactief sinds', date(c.inactiveSince));

  w.h2('Uw gegevens in deze casus');
  w.field('Naam', c.subject.fullName);
  w.field('Geboortedatum', date(c.subject.birthDate));
  w.field('Woonplaats (gemeente)', c.subject.municipality);
  if (c.legalRepresentatives.length > 0) {
    w.p('Wettelijk vertegenwoordigers:');
    for (const r of c.legalRepresentatives) w.bullet(`${r.fullName} (${RELATION_LABELS[r.relation] ?? r.relation}), contact: ${r.contact}`);
  }

  w.h2('Bijdragen: wie gaf welke gegevens, voor welk doel');
  if (c.contributions.length === 0) w.p('Geen bijdragen (meer) vastgelegd.', { muted: true });
  c.contributions.forEach((item, i) => {
    contribution(w, item, i);
  });

  w.h2('Besluiten');
  if (c.admissionDecisions.length === 0) w.p('Geen besluit over toelating vastgelegd.', { muted: true });
  for (const d of c.admissionDecisions) {
    w.bullet(`${dateTime(d.decidedAt)} — ${d.decisionLabel} (besloten door ${d.decidedByOrganisation}; voorstel op basis van de criteria: ${d.proposal})`);
    if (d.reason) w.p(`Reden: ${d.reason}`, { indent: 20 });
    if (d.dataRequest) w.p(`Gevraagde gegevens: ${d.dataRequest}`, { indent: 20 });
  }

  w.h2('Informeren');
  if (c.informing.length === 0) w.p('Geen informeertaak vastgelegd.', { muted: true });
  for (const i of c.informing) {
    w.bullet(`Fase ${i.phase}: ${INFORMING_STATUS_LABELS[i.status] ?? i.status} (verantwoordelijk: ${i.responsibleOrganisation})`);
    if (i.informedOn) w.p(`Geïnformeerd op ${date(i.informedOn)}${i.recipients ? `: ${i.recipients.map((r) => (INFORMING_RECIPIENT_LABELS as Readonly<Partial<Record<string, string>>>)[r] ?? r).join(', ')}` : ''}`, { indent: 20 });
    if (i.contentItems && i.contentItems.length > 0) w.p(`Besproken: ${i.contentItems.map((x) => CONTENT_ITEM_LABELS.get(x) ?? x).join('; ')}`, { indent: 20 });
    if (i.consentAsked !== null) w.p(`Toestemming gevraagd: ${i.consentAsked ? 'ja' : 'nee'}${i.consentGiven ? ` (${i.consentGiven})` : ''}`, { indent: 20 });
    if (i.deferralGround) w.p(`Uitgesteld: ${DEFERRAL_LABELS.get(i.deferralGround) ?? i.deferralGround}${i.deferralMotivation ? ` — ${i.deferralMotivation}` : ''}${i.plannedOn ? `; gepland op ${date(i.plannedOn)}` : ''}`, { indent: 20 });
  }

  if (c.partnerQueries.length > 0) {
    w.h2('Gerichte uitvraag bij ketenpartners');
    for (const q of c.partnerQueries) w.bullet(`${dateTime(q.sentAt)} aan ${q.organisation} (antwoord vóór ${date(q.deadline)}): ${q.question}`);
  }
  if (c.retentionExceptions.length > 0 || c.legalHolds.length > 0) {
    w.h2('Bewaren');
    for (const e of c.retentionExceptions) w.bullet(`Afwijking van de bewaartermijn door ${e.decidedByOrganisation} (${dateTime(e.recordedAt)}), herbeoordeling op ${date(e.reassessOn)}: ${e.motivation}`);
    for (const h of c.legalHolds) w.bullet(`Juridische blokkade sinds ${dateTime(h.placedAt)}${h.liftedAt ? `, beëindigd op ${dateTime(h.liftedAt)}` : ''}: ${h.motivation}`);
  }
  w.h2('Verloop');
  for (const t of c.phaseHistory) w.bullet(`${dateTime(t.at)}: ${t.outcomeLabel ? `${t.outcomeLabel}; ` : ''}naar fase ${t.to} ${t.toName}`);
}

function groupSection(w: Writer, g: ExportGroup) {
  w.h1(`Groep ${g.reference} — ${g.name}`);
  w.p('U staat als groepslid in een groepsscan van de politie (groepsaanpak, fase 2B). Andere groepsleden worden hier niet genoemd: dat zijn hun gegevens.', { muted: true });
  w.field('Tafel', `${g.table.name} (${g.table.municipality})`);
  w.field('Naam van de groep', g.name);
  w.field('Gebied', g.area);
  w.field('Geregistreerd op', date(g.registeredOn));
  w.field('Aangemeld door', g.referrerOrganisation);
  w.field('Huidige fase', `${g.phase.id} ${g.phase.name}`);
  if (g.endState) w.field('Afgesloten', `${g.endState.label}${g.endedOn ? ` (${date(g.endedOn)})` : ''}`);
  if (g.inactiveSince) w.field('Inactief sinds', date(g.inactiveSince));
  w.h2('Uw gegevens in deze groep');
  w.field('Naam', g.member.fullName);
  w.field('Geboortedatum', date(g.member.birthDate));
  w.field('Aantal andere groepsleden', String(g.member.otherMemberCount));
  if (g.member.registeredCaseReference) w.field('Individueel aangemeld als casus', g.member.registeredCaseReference);
  w.h2('Bijdragen over de groep: wie gaf welke gegevens, voor welk doel');
  if (g.contributions.length === 0) w.p('Geen bijdragen (meer) vastgelegd.', { muted: true });
  g.contributions.forEach((item, i) => {
    contribution(w, item, i);
  });
  w.h2('Besluiten over de groep');
  if (g.decisions.length === 0) w.p('Geen besluit vastgelegd.', { muted: true });
  for (const d of g.decisions) w.bullet(`${date(d.decidedOn)} — ${d.body === 'triangle' ? 'de driehoek' : 'burgemeester en wethouder'}: ${d.outcomes.join(', ')}. ${d.motivation}`);
  w.h2('Informeren');
  if (g.informing.length === 0) w.p('Geen informeertaak vastgelegd.', { muted: true });
  for (const i of g.informing) w.bullet(i.status === 'done' ? `Geïnformeerd${i.sentOn ? ` op ${date(i.sentOn)}` : ''}` : 'Nog te informeren');
  w.h2('Verloop');
  for (const t of g.phaseHistory) w.bullet(`${dateTime(t.at)}: ${t.outcomeLabel ? `${t.outcomeLabel}; ` : ''}naar fase ${t.to} ${t.toName}`);
}

function representationSection(w: Writer, r: ExportRepresentation) {
  w.h1(`Casus ${r.caseReference} — ${r.table.name}`);
  w.p(`U staat in deze casus vastgelegd als wettelijk vertegenwoordiger van ${r.represents.fullName} (geboren ${date(r.represents.birthDate)}). Hieronder staat wat over u is vastgelegd. De gegevens over de jeugdige zelf staan hier niet in: dat zijn de gegevens van de jeugdige.`, { muted: true });
  w.field('Tafel', `${r.table.name} (${r.table.municipality})`);
  w.field('Aangemeld op', date(r.registeredOn));
  if (r.endedOn) w.field('Afgesloten op', date(r.endedOn));
  w.h2('Uw gegevens in deze casus');
  w.field('Naam', r.recorded.fullName);
  w.field('Relatie tot de jeugdige', RELATION_LABELS[r.recorded.relation] ?? r.recorded.relation);
  w.field('Contactgegevens', r.recorded.contact);
  w.h2('Informeren van de wettelijk vertegenwoordigers');
  if (r.informing.length === 0) w.p('Geen informeren van de wettelijk vertegenwoordigers vastgelegd.', { muted: true });
  for (const i of r.informing) {
    w.bullet(`Fase ${i.phase}: geïnformeerd op ${date(i.informedOn)} (verantwoordelijk: ${i.responsibleOrganisation})`);
    if (i.contentItems.length > 0) w.p(`Besproken: ${i.contentItems.map((x) => CONTENT_ITEM_LABELS.get(x) ?? x).join('; ')}`, { indent: 20 });
  }
  w.h2('Brieven aan de wettelijk vertegenwoordigers');
  if (r.letters.length === 0) w.p('Geen brieven aan de wettelijk vertegenwoordigers vastgelegd.', { muted: true });
  for (const l of r.letters) {
    const kind = (LETTER_KIND_DEFINITIONS as Readonly<Partial<Record<string, { label: string }>>>)[l.kind]?.label ?? l.kind;
    const channel = (LETTER_CHANNEL_LABELS as Readonly<Partial<Record<string, string>>>)[l.channel] ?? l.channel;
    w.bullet(`${kind}: brief van ${date(l.letterDate)}, verzonden op ${date(l.sentOn)} (${channel}) door ${l.sentByOrganisation}`);
  }
}

/**
 * Renders the export as a readable Dutch PDF with the complete JSON attached (`inzage.json`), encrypted with
 * AES-256 (PDF 1.7 extension level 3). `code` is the user password; the owner password is random and thrown
 * away. Returns the encrypted bytes; nothing is written to disk.
 */
export async function renderAccessPdf(data: AccessExportV1, code: string): Promise<Buffer> {
  const { doc, finish } = createPdf({
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    pdfVersion: '1.7ext3',
    userPassword: code,
    ownerPassword: throwAwayOwnerPassword(),
    permissions: { printing: 'highResolution', copying: true, contentAccessibility: true, documentAssembly: false, modifying: false, annotating: false, fillingForms: false },
    info: { Title: `Inzage in uw persoonsgegevens (${data.request.reference})`, Author: 'Ketentafel', Subject: 'Inzage op grond van artikel 15 AVG', CreationDate: new Date(data.producedAt) },
  });
  const w = new Writer(doc);
  const logCount = data.processingLog.length;
  const contributionCount = data.cases.reduce((n, c) => n + c.contributions.length, 0);

  w.title('Inzage in uw persoonsgegevens');
  w.p('Ketentafel — Zorg- en Veiligheidstafels Jeugd. Antwoord op uw verzoek om inzage (artikel 15 van de Algemene verordening gegevensbescherming).');
  w.h2('Uw verzoek');
  w.field('Kenmerk', data.request.reference);
  if (data.request.externalReference) w.field('Uw kenmerk', data.request.externalReference);
  w.field('Ontvangen op', `${date(data.request.receivedOn)} (${CHANNEL_LABELS[data.request.receivedVia]}), gedaan door ${REQUESTER_LABELS[data.request.requestedBy]}`);
  w.field('Uiterlijke antwoorddatum', date(data.request.deadlineOn));
  if (data.request.extension) {
    const e = data.request.extension;
    w.field(
      'Termijn verlengd',
      `met ${String(e.months)} ${e.months === 1 ? 'maand' : 'maanden'} tot ${date(e.extendedDeadlineOn)} (besloten op ${date(e.decidedOn)}; u bent daarover geïnformeerd op ${date(e.requesterInformedOn)})`,
    );
    w.field('Reden van de verlenging', e.motivation);
  }
  w.field('Opgesteld op', dateTime(data.producedAt));
  if (data.query.representativeName !== null) {
    w.field('Gezocht op', `${data.query.representativeName}, als wettelijk vertegenwoordiger van ${data.query.fullName}, geboren ${date(data.query.birthDate)}`);
  } else {
    w.field('Gezocht op', `${data.query.fullName}, geboren ${date(data.query.birthDate)}`);
  }
  w.field(
    'Doorzocht',
    data.coverage.allTables ? `alle Zorg- en Veiligheidstafels in Ketentafel (${String(data.coverage.tables.length)})` : data.coverage.tables.map((t) => `${t.name} (${t.municipality})`).join(', '),
  );

  w.h2('Samenvatting');
  if (data.groups.length > 0) {
    w.p(`U staat als groepslid in ${String(data.groups.length)} ${data.groups.length === 1 ? 'groep' : 'groepen'} van de groepsaanpak (zie per groep hieronder).`);
  }
  if (data.request.about === 'legal-representative') {
    w.p(
      data.representations.length === 0
        ? 'Wij hebben u met deze naam niet gevonden als wettelijk vertegenwoordiger van deze jeugdige in de doorzochte tafels. Gegevens die volgens de bewaartermijnen al zijn verwijderd, bestaan niet meer en staan hier dus ook niet in.'
        : `U staat als wettelijk vertegenwoordiger vastgelegd in ${String(data.representations.length)} ${data.representations.length === 1 ? 'casus' : 'casussen'}. Dit overzicht bevat uw eigen gegevens: wat over u is vastgelegd, wat aan u is gericht en wie uw gegevens heeft verwerkt. De gegevens over de jeugdige zelf (zoals de reden van aanmelding en bijdragen van ketenpartners) zijn de gegevens van de jeugdige en staan hier niet in; die kunnen met een apart verzoek over de jeugdige worden opgevraagd.`,
    );
  } else if (data.cases.length === 0 && data.groups.length === 0) {
    w.p('Wij hebben over u met deze naam en geboortedatum geen gegevens gevonden in de doorzochte tafels. Gegevens die volgens de bewaartermijnen al zijn verwijderd, bestaan niet meer en staan hier dus ook niet in.');
  } else if (data.cases.length > 0) {
    w.p(`Over u zijn ${String(data.cases.length)} ${data.cases.length === 1 ? 'casus' : 'casussen'} vastgelegd, met samen ${String(contributionCount)} ${contributionCount === 1 ? 'bijdrage' : 'bijdragen'} van ketenpartners. Per casus ziet u hieronder welke organisatie welke gegevens gaf, met welk doel, en aan wie die zijn vrijgegeven.`);
  }
  w.p(`Het log bevat ${String(logCount)} ${logCount === 1 ? 'regel' : 'regels'} over wie uw gegevens heeft vastgelegd, ingezien of gewijzigd (zie “Wie heeft uw gegevens verwerkt”).`);
  w.p('Alle gegevens staan ook, volledig en in een machineleesbaar formaat, in het bijgevoegde bestand inzage.json (open de bijlagen van dit PDF-bestand). Tekens die het lettertype van dit document niet kent, zijn hier vereenvoudigd weergegeven; in inzage.json staan ze precies.', { muted: true });

  for (const c of data.cases) caseSection(w, c);
  for (const g of data.groups) groupSection(w, g);
  for (const r of data.representations) representationSection(w, r);

  w.h1('Wie heeft uw gegevens verwerkt');
  w.p('Elke keer dat iemand in Ketentafel uw gegevens vastlegt, inziet, wijzigt of verwijdert, wordt dat gelogd. Hieronder staat per keer wanneer, door welke organisatie en in welke rol, wat er gebeurde, en of het was toegestaan. Namen van individuele medewerkers staan er niet in; zij handelen namens hun organisatie. Wilt u weten wie precies, neem dan contact op met de functionaris gegevensbescherming.');
  if (logCount === 0) {
    w.p('Geen logregels.', { muted: true });
  } else {
    w.table(
      [
        { header: 'Wanneer', width: 72 },
        { header: 'Organisatie', width: 110 },
        { header: 'Rol', width: 80 },
        { header: 'Handeling', width: 100 },
        { header: 'Casus', width: 73 },
        { header: 'Uitkomst', width: 48 },
      ],
      data.processingLog.map((l) => [shortDateTime(l.at), l.organisation ?? '—', roleLabel(l.role), l.actionLabel, l.caseReference ?? '', l.outcome === 'allowed' ? 'ja' : 'geweigerd']),
    );
  }

  w.h1('Doelen en grondslagen');
  w.p('Uw gegevens worden verwerkt voor de volgende doelen (uit het register van verwerkingsactiviteiten):');
  for (const a of data.processingActivities) {
    w.h3(a.name);
    w.field('Doel', a.purpose);
    w.field('Grondslag', a.legalGround);
    w.field('Ontvangers', a.recipients.join('; '));
    w.field('Bewaartermijn', a.retention);
  }

  w.h1('Uw rechten');
  for (const line of [
    'Rectificatie (art. 16 AVG): kloppen gegevens niet, dan kunt u vragen ze te verbeteren of aan te vullen.',
    'Verwijdering (art. 17 AVG) en beperking (art. 18 AVG): u kunt vragen gegevens te verwijderen of de verwerking te beperken. Gegevens worden ook zonder verzoek verwijderd volgens de bewaartermijnen van de Zorg- en Veiligheidstafel.',
    'Bezwaar (art. 21 AVG): u kunt bezwaar maken tegen de verwerking vanwege uw bijzondere situatie.',
    'Klacht: bent u het niet eens met hoe uw gegevens worden verwerkt, neem dan contact op met de functionaris gegevensbescherming van de gemeente. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (art. 77 AVG).',
    'Dit antwoord noemt het kenmerk van uw verzoek. Vermeld dat kenmerk als u reageert.',
  ]) {
    w.bullet(line);
  }
  w.h2('Over dit bestand');
  w.p('Dit bestand is versleuteld (AES-256) en opent alleen met de eenmalige code die u apart van dit bestand heeft ontvangen. Ketentafel bewaart de code niet. Het bestand is verzegeld: de vingerafdruk (SHA-256) is bij de gemeente vastgelegd, zodat later kan worden nagegaan dat dit het bestand is dat u kreeg.');

  doc.file(Buffer.from(JSON.stringify(data, null, 2), 'utf8'), {
    name: 'inzage.json',
    type: 'application/json',
    description: 'Alle gegevens van deze inzage, machineleesbaar (schemaVersion 1.2)',
    creationDate: new Date(data.producedAt),
  });

  addPageFooters(doc, (page, count) => `Inzage ${data.request.reference} — pagina ${String(page)} van ${String(count)}`);
  return finish();
}

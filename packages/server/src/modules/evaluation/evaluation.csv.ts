import type { TEvaluation } from './evaluation.schemas.ts';
import { toCsv } from './csv.ts';

type Count = TEvaluation['scaledDown'];

/**
 * The evaluation as it may leave the table: every count marked for suppression is written as
 * "< threshold", and a median whose number of cases is hidden is hidden with it.
 */
export function evaluationCsv(evaluation: TEvaluation): string {
  const hiddenLabel = `< ${String(evaluation.threshold)}`;
  const show = (count: Count) => (count.suppressedOnExport === null ? count.value : hiddenLabel);
  const rows: (string | number)[][] = [
    ['Onderdeel', 'Fase', 'Categorie', 'Waarde'],
    ...evaluation.registrations.quarters.map((q) => ['Aanmeldingen', '', `Kwartaal ${String(q.quarter)}`, show(q.count)]),
    ['Aanmeldingen', '', 'Totaal', show(evaluation.registrations.total)],
  ];
  for (const phase of evaluation.outcomes.phases) {
    for (const o of phase.outcomes) rows.push(['Uitkomsten', `${phase.phase} ${phase.phaseName}`, o.label, show(o.count)]);
    rows.push(['Uitkomsten', `${phase.phase} ${phase.phaseName}`, 'Totaal fase', show(phase.total)]);
  }
  rows.push(['Uitkomsten', '', 'Totaal', show(evaluation.outcomes.total)]);
  for (const d of evaluation.phaseDurations) {
    rows.push(['Doorlooptijd', `${d.phase} ${d.phaseName}`, 'Aantal casussen', show(d.cases)]);
    const median = d.medianDays === null ? '' : d.medianDays.toLocaleString('nl-NL');
    rows.push(['Doorlooptijd', `${d.phase} ${d.phaseName}`, 'Mediaan (dagen)', d.cases.suppressedOnExport === null ? median : 'onderdrukt']);
  }
  rows.push(['Afgeschaald', '', 'Aantal', show(evaluation.scaledDown)]);
  rows.push(['Verwijderd', '', 'Op tijd', show(evaluation.deletions.onTime)]);
  rows.push(['Verwijderd', '', 'Te laat', show(evaluation.deletions.late)]);
  rows.push(['Verwijderd', '', 'Totaal', show(evaluation.deletions.total)]);
  for (const m of evaluation.meetingsHeld.kinds) rows.push(['Overleggen gehouden', '', m.label, show(m.count)]);
  rows.push(['Overleggen gehouden', '', 'Totaal', show(evaluation.meetingsHeld.total)]);
  rows.push([
    'Toelichting',
    '',
    `Evaluatie ${evaluation.table.name} ${String(evaluation.year)}`,
    `Aantallen van 1 tot ${String(evaluation.threshold)} staan als "${hiddenLabel}"; waar een totaal een onderdrukt aantal zou verraden, is ook een ander aantal onderdrukt (X-5).`,
  ]);
  return toCsv(rows);
}

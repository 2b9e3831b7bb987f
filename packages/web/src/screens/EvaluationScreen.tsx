import { useLoaderData } from 'react-router';
import { Alert, Button, Heading1, Heading2, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import { saveFile, steeringApi } from '../api/steering.ts';
import type { Evaluation, EvaluationCount } from '../api/steering-types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { BarChart, type Bar } from '../components/BarChart.tsx';
import { SelectField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { TablePicker, chosenTable } from '../components/TablePicker.tsx';
import { today } from '../i18n/format.ts';

/** Loads the evaluation of the chosen table (`tafel`) and year (`jaar`, default this year). */
export const evaluationLoader = protect(async ({ request }) => {
  const { tables } = await api.myTables();
  const table = chosenTable(request, tables);
  const thisYear = Number(today().slice(0, 4));
  const asked = Number(new URL(request.url).searchParams.get('jaar'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
  const evaluation = table ? await steeringApi.evaluation(table.id, year) : undefined;
  return { tables, table, year, thisYear, evaluation };
});

function onExport(count: EvaluationCount, threshold: number): string | undefined {
  return count.suppressedOnExport === null ? undefined : `< ${String(threshold)}`;
}

function bar(key: string, label: string, count: EvaluationCount, threshold: number): Bar {
  return { key, label, value: count.value, onExport: onExport(count, threshold) };
}

function Figures({ evaluation }: { readonly evaluation: Evaluation }) {
  const t = evaluation.threshold;
  const { registrations, outcomes, phaseDurations, scaledDown, deletions } = evaluation;
  return (
    <>
      <section aria-labelledby="aanmeldingen-kop" className="kt-section">
        <Heading2 id="aanmeldingen-kop">Aanmeldingen</Heading2>
        <BarChart
          title={`Aanmeldingen per kwartaal in ${String(evaluation.year)}`}
          bars={[
            ...registrations.quarters.map((q) => bar(`q${String(q.quarter)}`, `Kwartaal ${String(q.quarter)}`, q.count, t)),
            bar('totaal', 'Totaal', registrations.total, t),
          ]}
        />
      </section>
      <section aria-labelledby="uitkomsten-kop" className="kt-section">
        <Heading2 id="uitkomsten-kop">Uitkomsten per fase</Heading2>
        {outcomes.phases.length === 0 ? (
          <Paragraph className="kt-empty">Er zijn in dit jaar geen uitkomsten vastgelegd.</Paragraph>
        ) : (
          outcomes.phases.map((phase) => (
            <BarChart
              key={phase.phase}
              title={`Fase ${phase.phase} ${phase.phaseName}: uitkomsten`}
              bars={[...phase.outcomes.map((o) => bar(o.outcome, o.label, o.count, t)), bar('totaal', 'Totaal fase', phase.total, t)]}
            />
          ))
        )}
      </section>
      <section aria-labelledby="doorlooptijd-kop" className="kt-section">
        <Heading2 id="doorlooptijd-kop">Doorlooptijd per fase</Heading2>
        <Paragraph>Mediaan van het aantal dagen in een fase, over de casussen die de fase in dit jaar verlieten en nog in Ketentafel staan.</Paragraph>
        {phaseDurations.length === 0 ? (
          <Paragraph className="kt-empty">Geen afgeronde fasen in dit jaar.</Paragraph>
        ) : (
          <BarChart
            title={`Mediane doorlooptijd per fase in ${String(evaluation.year)}`}
            unit="dagen"
            valueHeader="Mediaan"
            bars={phaseDurations.map((d) => ({
              key: d.phase,
              label: `${d.phase} ${d.phaseName} (${d.cases.value.toLocaleString('nl-NL')} ${d.cases.value === 1 ? 'casus' : 'casussen'})`,
              value: d.medianDays ?? 0,
              onExport: d.cases.suppressedOnExport === null ? undefined : 'onderdrukt',
            }))}
          />
        )}
      </section>
      <section aria-labelledby="afschaling-kop" className="kt-section">
        <Heading2 id="afschaling-kop">Afgeschaald en verwijderd</Heading2>
        <BarChart
          title={`Afgeschaald en verwijderd in ${String(evaluation.year)}`}
          bars={[
            bar('afgeschaald', 'Afgeschaald', scaledDown, t),
            bar('op-tijd', 'Verwijderd op of vóór de vervaldatum', deletions.onTime, t),
            bar('te-laat', 'Verwijderd na de vervaldatum', deletions.late, t),
            bar('verwijderd', 'Verwijderd, totaal', deletions.total, t),
          ]}
        />
      </section>
      <section aria-labelledby="overleggen-kop" className="kt-section">
        <Heading2 id="overleggen-kop">Gehouden overleggen</Heading2>
        <Paragraph>Een overleg telt als gehouden als de dag voorbij is, het niet is geannuleerd en er ten minste één casus op de agenda stond.</Paragraph>
        <BarChart
          title={`Gehouden overleggen per soort in ${String(evaluation.year)}`}
          bars={[...evaluation.meetingsHeld.kinds.map((m) => bar(`overleg-${m.kind}`, m.label, m.count, t)), bar('overleggen-totaal', 'Totaal', evaluation.meetingsHeld.total, t)]}
        />
      </section>
    </>
  );
}

/** `/evaluatie`: the yearly evaluation of a table from non-personal figures (ZVT-E.2), with its export. */
export function EvaluationScreen() {
  const { tables, table, year, thisYear, evaluation } = useLoaderData<typeof evaluationLoader>();
  const download = useApiAction();
  useDocumentTitle('Evaluatie');
  if (!table || !evaluation) {
    return (
      <>
        <Heading1>Evaluatie</Heading1>
        <Paragraph>U bent geen ketenregisseur van een tafel.</Paragraph>
      </>
    );
  }
  const firstYear = Math.min(Number(table.termStart.slice(0, 4)), thisYear);
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);
  return (
    <>
      <Heading1>Evaluatie {table.name}</Heading1>
      <Paragraph>
        De tafel wordt minstens één keer per jaar geëvalueerd (ZVT-E.2). Alle cijfers zijn tellingen zonder persoonsgegevens; verwijderde casussen
        tellen mee via tellingen die na het verwijderen overblijven.
      </Paragraph>
      <TablePicker tables={tables} current={table}>
        <SelectField name="jaar" label="Jaar" defaultValue={String(year)} key={`j-${String(year)}`}>
          {years.map((y) => (
            <SelectOption key={y} value={String(y)}>
              {y}
            </SelectOption>
          ))}
        </SelectField>
      </TablePicker>
      <Alert type="info">
        <Paragraph>
          Binnen de tafel ziet u alle aantallen. In alles wat de tafel verlaat (de CSV-export, raadsrapportages) staan aantallen van 1 tot en met{' '}
          {evaluation.threshold - 1} als “&lt; {evaluation.threshold}”, en wordt ook een ander aantal onderdrukt waar een totaal het kleine aantal zou
          verraden (X-5). Die aantallen zijn hieronder gemarkeerd met * en staan in de kolom “Bij export”.
        </Paragraph>
      </Alert>
      <ProblemAlert problem={download.problem} />
      <Paragraph>
        <Button
          appearance="primary-action-button"
          busy={download.busy}
          disabled={download.busy}
          onClick={() => {
            void download.run(() => steeringApi.exportEvaluation(table.id, year)).then((result) => {
              if (result.ok) saveFile(result.value);
            });
          }}
        >
          CSV downloaden (met onderdrukking)
        </Button>
      </Paragraph>
      <Figures evaluation={evaluation} />
      <Paragraph appearance="small">
        Het aantal gehouden overleggen ontbreekt nog: dat volgt zodra de overleggen in Ketentafel worden vastgelegd.
      </Paragraph>
    </>
  );
}

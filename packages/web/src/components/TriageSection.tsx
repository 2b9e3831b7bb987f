import { useEffect, useState } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import {
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { DATA_CATEGORY_LABELS, SUBJECT_PARTICIPATION_LABELS } from '@ketentafel/domain';
import { api, ApiError } from '../api/client.ts';
import type { MyTable } from '../api/types.ts';
import type { Triage, TriageRecord } from '../api/triage-types.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { queryStatusText } from '../screens/PartnerQueryInboxScreen.tsx';
import { AnswerSummary } from './AnswerSummary.tsx';
import { DataRows } from './DataRows.tsx';
import { ProblemAlert } from './FormErrors.tsx';
import { ReassessmentForm } from './ReassessmentForm.tsx';
import { SavedMessage } from './SavedMessage.tsx';
import { TriageOutcomeForm } from './TriageOutcomeForm.tsx';
import { TriageRecordForm } from './TriageRecordForm.tsx';
import { TriageStrikeForm } from './TriageStrikeForm.tsx';

type Partner = MyTable['partners'][number];

function Answers({ queries }: { readonly queries: Triage['queries'] }) {
  if (queries.length === 0) return null;
  return (
    <div className="kt-subsection">
      <Heading3>Antwoorden op partnervragen</Heading3>
      <div className="kt-table-scroll">
        <Table>
          <TableCaption className="kt-visually-hidden">Antwoorden op de partnervragen</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Ketenpartner</TableHeaderCell>
              <TableHeaderCell scope="col">Termijn</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {queries.map((query) => (
              <TableRow key={query.id}>
                <TableCell>{query.organisation}</TableCell>
                <TableCell>{formatDate(query.deadline)}</TableCell>
                <TableCell>
                  {queryStatusText(query)}
                  {query.reminderSentOn && <span className="kt-muted"> · herinnerd op {formatDate(query.reminderSentOn)}</span>}
                </TableCell>
                <TableCell>{query.answer ? <AnswerSummary answer={query.answer} /> : <span className="kt-muted">Nog geen antwoord</span>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

function RecordView({ record }: { readonly record: TriageRecord }) {
  return (
    <div className="kt-subsection">
      <Heading3>Triage</Heading3>
      <DataRows
        rows={[
          { key: 'Toestandsbeeld', value: record.situationPicture },
          { key: 'Soort gegevens', value: DATA_CATEGORY_LABELS[record.situationCategory] },
          {
            key: 'Partners',
            value: record.partners
              .map((p) => `${p.organisation} (${p.involvement === 'involved' ? 'betrokken' : 'nodig'})${p.possibleContribution ? `: ${p.possibleContribution}` : ''}${p.informationToBring ? `; brengt in: ${p.informationToBring}` : ''}`)
              .join(' · '),
          },
          { key: 'Doel van het casusoverleg', value: record.goal },
          { key: 'Deelnemers', value: record.participants.map((p) => p.organisation).join(', ') },
          { key: 'Jeugdige', value: SUBJECT_PARTICIPATION_LABELS[record.subjectParticipation] },
          { key: 'Ouders of verzorgers', value: SUBJECT_PARTICIPATION_LABELS[record.parentsParticipation] },
          { key: 'Vastgelegd door', value: `${record.owner}, ${formatDateTime(record.updatedAt)}` },
        ]}
      />
    </div>
  );
}

function Minimisation({ strikes }: { readonly strikes: Triage['strikes'] }) {
  if (strikes.length === 0) return null;
  return (
    <div className="kt-subsection">
      <Heading3>Geschrapt uit de aanmelding</Heading3>
      <DataRows rows={strikes.map((s) => ({ key: formatDateTime(s.struckAt), value: `${s.fields.join(', ')} — ${s.reason}` }))} />
    </div>
  );
}

/**
 * The triage of a case (ZVT-2A) on the case page: answers to partner queries, the triage record, data
 * minimisation, the re-assessment after "insufficient data" and the outcome — each form only with its ability.
 * Loads its own data, so the case page needs one line for it. A caller who may not see the triage sees nothing.
 */
/** The triage view and, for the chain director, the table's partners; a 404 (no access) is "nothing to show". */
async function fetchTriage(caseId: string, tableId: string): Promise<{ triage: Triage | null; partners: readonly Partner[]; error?: ApiError }> {
  try {
    const triage = await api.triage.view(caseId);
    const partners = triage.abilities.record ? ((await api.myTables()).tables.find((t) => t.id === tableId)?.partners ?? []) : [];
    return { triage, partners };
  } catch (e) {
    if (e instanceof ApiError && e.status !== 404) return { triage: null, partners: [], error: e };
    if (e instanceof ApiError) return { triage: null, partners: [] };
    throw e;
  }
}

export function TriageSection({ caseId, tableId, phase }: { readonly caseId: string; readonly tableId: string; readonly phase: string }) {
  const revalidator = useRevalidator();
  const [state, setState] = useState<Awaited<ReturnType<typeof fetchTriage>>>({ triage: null, partners: [] });
  // The case page's loader data: whenever the page reloads it (after any change on it), the triage reloads too.
  const pageData: unknown = useLoaderData();
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    if (phase === '1') return undefined;
    let current = true;
    void fetchTriage(caseId, tableId).then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [caseId, tableId, phase, pageData]);

  const { triage, partners, error } = state;
  if (phase === '1') return null;
  if (error) return <ProblemAlert problem={error.problem} />;
  if (!triage) return null;
  const onSaved = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  const { abilities } = triage;
  return (
    <section aria-labelledby="triage-kop" className="kt-section kt-card">
      <Heading2 id="triage-kop">Triage en voorbereiding casusoverleg</Heading2>
      <SavedMessage message={saved} />
      {triage.reassessmentDue && !abilities.reassess && <Paragraph>Na de gerichte gegevensuitvraag wordt opnieuw aan de criteria getoetst.</Paragraph>}
      <Answers queries={triage.queries} />
      {abilities.reassess && <ReassessmentForm caseId={caseId} facts={triage.currentFacts} onSaved={onSaved} />}
      {triage.record && <RecordView record={triage.record} />}
      {abilities.record && <TriageRecordForm key={triage.record?.updatedAt ?? 'nieuw'} caseId={caseId} record={triage.record} partners={partners} onSaved={onSaved} />}
      <Minimisation strikes={triage.strikes} />
      {abilities.strike && <TriageStrikeForm caseId={caseId} strikable={triage.strikable} onSaved={onSaved} />}
      {triage.outcomeHistory.length > 0 && (
        <div className="kt-subsection">
          <Heading3>Uitkomsten</Heading3>
          {triage.outcomeHistory.map((o) => (
            <DataRows
              key={o.decidedAt}
              rows={[
                { key: 'Uitkomst', value: `${o.label} (${formatDateTime(o.decidedAt)})` },
                { key: 'Motivering uitkomst', value: o.motivation },
              ]}
            />
          ))}
        </div>
      )}
      {abilities.decide && <TriageOutcomeForm caseId={caseId} outcomes={triage.outcomes} onSaved={onSaved} />}
    </section>
  );
}

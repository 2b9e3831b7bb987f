import {
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { ADMISSION_DECISION_LABELS, ELIGIBILITY_FACT_KEYS, ELIGIBILITY_FACT_LABELS, FACT_VALUE_LABELS } from '@ketentafel/domain';
import type { CaseDetail } from '../api/types.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { RELATION_LABELS } from '../i18n/labels.ts';
import { outcomeLabel, phaseName, processPhases } from '../i18n/process.ts';
import { DataRows } from './DataRows.tsx';

/** Identifying (DAT) data of the subject or the group, the legal representatives and the reason (ZVT-1.1). */
export function CaseIdentity({ detail }: { readonly detail: CaseDetail }) {
  return (
    <section aria-labelledby="dat-kop" className="kt-section">
      <Heading2 id="dat-kop">Aanmelding</Heading2>
      {detail.subject && (
        <DataRows
          rows={[
            { key: 'Naam', value: detail.subject.fullName },
            { key: 'Geboortedatum', value: formatDate(detail.subject.birthDate) },
            { key: 'Woonplaats', value: detail.subject.municipality },
          ]}
        />
      )}
      {detail.group && (
        <DataRows
          rows={[
            { key: 'Groep', value: detail.group.name },
            { key: 'Gebied', value: detail.group.area },
          ]}
        />
      )}
      {detail.kind === 'individual' && (
        <>
          <Heading3>Wettelijk vertegenwoordigers</Heading3>
          {detail.legalRepresentatives.length === 0 ? (
            <Paragraph>Geen wettelijk vertegenwoordigers opgegeven.</Paragraph>
          ) : (
            <UnorderedList>
              {detail.legalRepresentatives.map((rep, index) => (
                <UnorderedListItem key={`${String(index)}-${rep.fullName}`}>
                  {rep.fullName} ({RELATION_LABELS[rep.relation]}) — {rep.contact}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
      <Heading3>Reden van aanmelding</Heading3>
      <Paragraph>{detail.reason || '—'}</Paragraph>
    </section>
  );
}

/** The criteria facts as the referrer gave them: care and criminal data (ZVT-1.1). */
export function CaseFactsTable({ facts }: { readonly facts: NonNullable<CaseDetail['facts']> }) {
  return (
    <section aria-labelledby="feiten-kop" className="kt-section">
      <Heading2 id="feiten-kop">Antwoorden op de criteria</Heading2>
      <Paragraph appearance="small">Zorggegevens en strafrechtelijke gegevens; alleen voor de toetsing (ZVT-1.2).</Paragraph>
      <div className="kt-table-scroll">
        <Table>
          <TableCaption className="kt-visually-hidden">Antwoorden van de aanmelder op de criteria</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Vraag</TableHeaderCell>
              <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ELIGIBILITY_FACT_KEYS.map((key) => (
              <TableRow key={key}>
                <TableHeaderCell scope="row" className="kt-row-header">
                  {ELIGIBILITY_FACT_LABELS[key]}
                </TableHeaderCell>
                <TableCell>{FACT_VALUE_LABELS[facts[key]]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

/** The recorded admission decision (ZVT-1.3), if any. */
export function CaseDecision({ decision }: { readonly decision: NonNullable<CaseDetail['decision']> }) {
  return (
    <section aria-labelledby="besluit-kop" className="kt-section">
      <Heading2 id="besluit-kop">Besluit over toelating</Heading2>
      <DataRows
        rows={[
          { key: 'Besluit', value: ADMISSION_DECISION_LABELS[decision.decision] },
          { key: 'Voorstel', value: ADMISSION_DECISION_LABELS[decision.proposal] },
          { key: 'Reden', value: decision.reason },
          { key: 'Gerichte uitvraag', value: decision.dataRequest },
          { key: 'Besloten op', value: formatDateTime(decision.decidedAt) },
        ]}
      />
    </section>
  );
}

/** The case's phase transitions, oldest first. */
export function CaseHistory({ detail }: { readonly detail: CaseDetail }) {
  const { key, version } = detail.processVersion;
  const phases = processPhases(key, version);
  return (
    <section aria-labelledby="historie-kop" className="kt-section">
      <Heading2 id="historie-kop">Verloop</Heading2>
      <OrderedList>
        {detail.history.map((step) => (
          <OrderedListItem key={`${step.at}-${step.toPhase}`}>
            {formatDateTime(step.at)}: {step.outcome ? outcomeLabel(key, version, step.outcome) : 'Overgang'}
            {' — '}
            {step.fromPhase ? `van ${phaseName(phases, step.fromPhase)} naar ${phaseName(phases, step.toPhase)}` : `in ${phaseName(phases, step.toPhase)}`}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}

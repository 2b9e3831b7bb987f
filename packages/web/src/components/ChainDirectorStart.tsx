import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { CaseSummary, MyTable } from '../api/types.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { CaseTable } from './CaseTable.tsx';
import { AppLink } from './Links.tsx';
import { TermNotice } from './TermNotice.tsx';
import { WorkQueuePanel } from './WorkQueuePanel.tsx';
import { MonitoringAppointments } from './MonitoringAppointments.tsx';

/** ZVT phase ids as the process definition names them: 1 registration, 2A triage. */
const REGISTRATION_PHASE = '1';
const TRIAGE_PHASE = '2A';

/** The chain director's start: registrations to assess (phase 1), triage with the informing state, the rest. */
export function ChainDirectorStart({ cases, tables = [] }: { readonly cases: readonly CaseSummary[]; readonly tables?: readonly MyTable[] }) {
  useDocumentTitle('Start');
  const toAssess = cases.filter((c) => c.phase === REGISTRATION_PHASE);
  const triage = cases.filter((c) => c.phase === TRIAGE_PHASE);
  const other = cases.filter((c) => c.phase !== REGISTRATION_PHASE && c.phase !== TRIAGE_PHASE);
  return (
    <>
      <Heading1>Start</Heading1>
      {tables.map((table) => (
        <TermNotice key={table.id} table={table} />
      ))}
      <WorkQueuePanel />
      <MonitoringAppointments />
      <section aria-labelledby="toetsen-kop" className="kt-section">
        <Heading2 id="toetsen-kop">Te toetsen aanmeldingen</Heading2>
        <CaseTable caption="Aanmeldingen in fase 1, te toetsen aan de criteria" cases={toAssess} empty="Er zijn geen aanmeldingen om te toetsen." />
      </section>
      <section aria-labelledby="triage-kop" className="kt-section">
        <Heading2 id="triage-kop">Triage (2A)</Heading2>
        <Paragraph>Partnervragen kunnen pas worden verstuurd als de betrokkene is geïnformeerd of het informeren gemotiveerd is uitgesteld (ZVT-1.4).</Paragraph>
        <CaseTable caption="Casussen in triage, met de stand van het informeren" cases={triage} empty="Er zijn geen casussen in triage." />
      </section>
      {other.length > 0 && (
        <section aria-labelledby="overig-kop" className="kt-section">
          <Heading2 id="overig-kop">Overige casussen</Heading2>
          <CaseTable caption="Casussen in andere fasen" cases={other} empty="" />
        </section>
      )}
      <Paragraph>
        <AppLink to="/casussen">Alle casussen, met filters</AppLink>
      </Paragraph>
    </>
  );
}

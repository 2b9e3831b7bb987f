import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { CaseSummary, Notice } from '../api/types.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { formatDateTime } from '../i18n/format.ts';
import { CaseTable } from './CaseTable.tsx';
import { DirectedCasesSection } from './DirectedCasesSection.tsx';
import { AppLink, ButtonLinkTo } from './Links.tsx';

function Notices({ notices }: { readonly notices: readonly Notice[] }) {
  if (notices.length === 0) return <Paragraph className="kt-empty">Er zijn geen berichten.</Paragraph>;
  return (
    <UnorderedList>
      {notices.map((notice) => (
        <UnorderedListItem key={notice.id}>
          <strong>{notice.reference}</strong> ({formatDateTime(notice.createdAt)}): {notice.message}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** The partner professional's start: register, informing to do (ZVT-1.4), own registrations, notices. */
export function PartnerStart({
  cases,
  notices,
  openRequests = 0,
}: {
  readonly cases: readonly CaseSummary[];
  readonly notices: readonly Notice[];
  /** Open requests for data the user decides on as owner (seed 000 fn. 4). */
  readonly openRequests?: number;
}) {
  useDocumentTitle('Start');
  const informingToDo = cases.filter((c) => c.abilities.recordInforming);
  return (
    <>
      <Heading1>Start</Heading1>
      <Paragraph>
        <ButtonLinkTo to="/aanmelden">Nieuwe aanmelding</ButtonLinkTo>
      </Paragraph>
      <section aria-labelledby="informeren-kop" className="kt-section">
        <Heading2 id="informeren-kop">Informeren: te doen</Heading2>
        <Paragraph>
          Als aanmelder bent u verantwoordelijk voor het informeren van de jeugdige en/of de wettelijk vertegenwoordigers vóór de triage (ZVT-1.4). De
          ketenregisseur ondersteunt.
        </Paragraph>
        <CaseTable caption="Casussen waarvoor u het informeren nog moet vastleggen" cases={informingToDo} empty="Er zijn geen informeertaken voor u." />
      </section>
      <section aria-labelledby="verzoeken-kop" className="kt-section">
        <Heading2 id="verzoeken-kop">Verzoeken om gegevens</Heading2>
        <Paragraph>
          {openRequests === 0
            ? 'Er wachten geen verzoeken om uw gegevens op uw besluit.'
            : openRequests === 1
              ? 'Er wacht 1 verzoek om uw gegevens op uw besluit.'
              : `Er wachten ${String(openRequests)} verzoeken om uw gegevens op uw besluit.`}{' '}
          <AppLink to="/verzoeken">Naar Verzoeken om gegevens</AppLink>
        </Paragraph>
      </section>
      <section aria-labelledby="aanmeldingen-kop" className="kt-section">
        <Heading2 id="aanmeldingen-kop">Mijn aanmeldingen</Heading2>
        <CaseTable caption="Casussen die u hebt aangemeld" cases={cases.filter((c) => c.registeredByMe)} empty="U hebt nog geen casussen aangemeld." />
      </section>
      <DirectedCasesSection cases={cases} />
      <section aria-labelledby="berichten-kop" className="kt-section">
        <Heading2 id="berichten-kop">Berichten</Heading2>
        <Notices notices={notices} />
      </section>
    </>
  );
}

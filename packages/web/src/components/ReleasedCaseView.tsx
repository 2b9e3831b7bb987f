import { useRevalidator } from 'react-router';
import { Heading1, Paragraph, PreHeading } from '@utrecht/component-library-react';
import type { Contribution, ReleasedCase, ReleaseToMe } from '../api/types.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { ReleasedContribution } from '../screens/ReleasedDataScreen.tsx';
import { DataRows } from './DataRows.tsx';
import { GrantRequestsPanel } from './GrantRequestsPanel.tsx';

/**
 * The case page of a partner that only received releases (ZVT-3A.3, X-2): the reference, the table and the released
 * contributions with their content — nothing else of the registration — and asking owners for more. A withdrawal
 * takes effect at once: the next load of the page is "not found" once nothing is released any more.
 */
export function ReleasedCaseView({
  detail,
  contributions,
  releases,
}: {
  readonly detail: ReleasedCase;
  readonly contributions: readonly Contribution[];
  readonly releases: readonly ReleaseToMe[];
}) {
  const revalidator = useRevalidator();
  useDocumentTitle(`Casus ${detail.reference}`);
  return (
    <>
      <hgroup className="kt-hgroup">
        <PreHeading>Aan uw organisatie vrijgegeven</PreHeading>
        <Heading1>Casus {detail.reference}</Heading1>
      </hgroup>
      <DataRows
        rows={[
          { key: 'Kenmerk', value: detail.reference },
          { key: 'Tafel', value: detail.table.name },
        ]}
      />
      <Paragraph>
        U ziet alleen de gegevens die de eigenaar aan uw organisatie heeft vrijgegeven, voor de genoemde activiteit uit het plan van aanpak. Alleen de
        partner die de gegevens inbracht, beslist wie ze voor welke activiteit mag gebruiken.
      </Paragraph>
      {contributions.map((contribution) => (
        <ReleasedContribution key={contribution.id} contribution={contribution} releases={releases} />
      ))}
      <GrantRequestsPanel caseId={detail.id} onChanged={() => revalidator.revalidate()} />
    </>
  );
}

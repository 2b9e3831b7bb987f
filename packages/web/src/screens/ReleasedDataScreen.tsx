import { useLoaderData } from 'react-router';
import { Heading1, Heading2, Heading3, Paragraph, PreHeading, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { DATA_CATEGORY_LABELS } from '@ketentafel/domain';
import { api, notFound } from '../api/client.ts';
import type { Contribution, ReleaseToMe } from '../api/types.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { contributionKindLabel } from '../components/ContributionsPanel.tsx';
import { DataRows } from '../components/DataRows.tsx';
import { AppLink } from '../components/Links.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { contributionContentLabel, contributionContentValue } from '../i18n/labels.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TITLE = 'Vrijgegeven gegevens';

/**
 * Loads the contributions of a case the user may see, and the releases to the user's organisation (for the
 * case reference and the activities). Nothing visible is a 404, like an unknown case.
 */
export const releasedDataLoader = protect(async ({ params }) => {
  const caseId = params.caseId ?? '';
  if (!UUID.test(caseId)) throw notFound();
  const [{ contributions }, { releases }] = await Promise.all([api.contributions(caseId), api.releasesToMe()]);
  return { contributions, releases: releases.filter((release) => release.caseId === caseId) };
});

/** One contribution released to the user's organisation, with its content and the activities it was released for. */
export function ReleasedContribution({ contribution, releases }: { readonly contribution: Contribution; readonly releases: readonly ReleaseToMe[] }) {
  const headingId = `bijdrage-${contribution.id}-kop`;
  const activities = releases.filter((release) => release.contributionId === contribution.id).map((release) => release.activity);
  const content = Object.entries(contribution.content);
  return (
    <section aria-labelledby={headingId} className="kt-section kt-card">
      <Heading2 id={headingId}>{contributionKindLabel(contribution.kind)}</Heading2>
      <DataRows
        rows={[
          { key: 'Soort gegevens', value: DATA_CATEGORY_LABELS[contribution.category] },
          { key: 'Eigenaar', value: contribution.owner.name },
          { key: 'Ingebracht op', value: formatDateTime(contribution.createdAt) },
          {
            key: 'Vrijgegeven voor',
            value:
              activities.length > 1 ? (
                <UnorderedList>
                  {activities.map((activity) => (
                    <UnorderedListItem key={activity}>{activity}</UnorderedListItem>
                  ))}
                </UnorderedList>
              ) : (
                activities[0]
              ),
          },
        ]}
      />
      <Heading3>Inhoud</Heading3>
      {content.length === 0 ? (
        <Paragraph className="kt-empty">Geen inhoud.</Paragraph>
      ) : (
        <DataRows rows={content.map(([key, value]) => ({ key: contributionContentLabel(key), value: contributionContentValue(value) }))} />
      )}
    </section>
  );
}

/**
 * `/casussen/:caseId/bijdragen`: the data of a case that was released to the user's organisation (ZVT-3A.3),
 * and nothing else of the case. After a withdrawal the page is not found.
 */
export function ReleasedDataScreen() {
  const { contributions, releases } = useLoaderData<typeof releasedDataLoader>();
  const reference = releases[0]?.reference;
  useDocumentTitle(reference ? `${TITLE} — casus ${reference}` : TITLE);
  return (
    <>
      <hgroup className="kt-hgroup">
        {reference && <PreHeading>Casus {reference}</PreHeading>}
        <Heading1>{TITLE}</Heading1>
      </hgroup>
      <Paragraph>
        Alleen de partner die de gegevens inbracht, beslist wie ze voor welke activiteit mag gebruiken. Gebruik ze alleen voor die activiteit.
      </Paragraph>
      <Paragraph>
        <AppLink to="/vrijgegeven">Terug naar Aan mij vrijgegeven</AppLink>
      </Paragraph>
      {contributions.map((contribution) => (
        <ReleasedContribution key={contribution.id} contribution={contribution} releases={releases} />
      ))}
    </>
  );
}

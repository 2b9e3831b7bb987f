import { useLoaderData } from 'react-router';
import {
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { DATA_CATEGORY_LABELS } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { contributionKindLabel } from '../components/ContributionsPanel.tsx';
import { AppLink } from '../components/Links.tsx';
import { formatDateTime } from '../i18n/format.ts';

const TITLE = 'Aan mij vrijgegeven';

/** Loads the active releases to the user's organisation: references only, no personal data. */
export const releasesToMeLoader = protect(async () => (await api.releasesToMe()).releases);

/**
 * `/vrijgegeven`: what other partners released to the user's organisation, per activity of the plan
 * (ZVT-3A.3). Each reference leads to the released data of that case; a withdrawal removes the row at once.
 */
export function ReleasesToMeScreen() {
  const releases = useLoaderData<typeof releasesToMeLoader>();
  useDocumentTitle(TITLE);
  return (
    <>
      <Heading1>{TITLE}</Heading1>
      <Paragraph>
        Gegevens die een ketenpartner aan uw organisatie heeft vrijgegeven. Gebruik ze alleen voor de genoemde activiteit uit het plan van aanpak.
        Trekt de eigenaar een vrijgave in, dan verdwijnen de gegevens hier direct.
      </Paragraph>
      {releases.length === 0 ? (
        <Paragraph className="kt-empty">Er zijn op dit moment geen gegevens aan uw organisatie vrijgegeven.</Paragraph>
      ) : (
        <div className="kt-table-scroll">
          <Table>
            <TableCaption className="kt-visually-hidden">Gegevens die aan uw organisatie zijn vrijgegeven</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Tafel</TableHeaderCell>
                <TableHeaderCell scope="col">Soort gegevens</TableHeaderCell>
                <TableHeaderCell scope="col">Eigenaar</TableHeaderCell>
                <TableHeaderCell scope="col">Activiteit</TableHeaderCell>
                <TableHeaderCell scope="col">Vrijgegeven op</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {releases.map((release) => (
                <TableRow key={release.id}>
                  <TableCell className="kt-nowrap">
                    <AppLink to={`/casussen/${release.caseId}/bijdragen`}>{release.reference}</AppLink>
                  </TableCell>
                  <TableCell>{release.table}</TableCell>
                  <TableCell>
                    {contributionKindLabel(release.kind)}
                    <br />
                    <span className="kt-muted">{DATA_CATEGORY_LABELS[release.category]}</span>
                  </TableCell>
                  <TableCell>{release.owner}</TableCell>
                  <TableCell>{release.activity}</TableCell>
                  <TableCell>{formatDateTime(release.grantedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

import { useLoaderData } from 'react-router';
import { Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { formatDateTime } from '../i18n/format.ts';

/** Every legal hold across the tables (privacy officer only). */
export const legalHoldsLoader = protect(() => api.legalHolds());

/**
 * `/privacy/juridische-blokkades`: which cases are kept past their retention schedule because of a complaint or
 * court case, by case reference and table — without case content.
 */
export function LegalHoldsScreen() {
  const { legalHolds } = useLoaderData<typeof legalHoldsLoader>();
  useDocumentTitle('Juridische blokkades');
  return (
    <>
      <Heading1>Juridische blokkades</Heading1>
      <Paragraph>
        Een juridische blokkade (bij een klacht of rechtszaak) pauzeert het verwijderen van één casus tot de ketenregisseur haar beëindigt. Hier staan
        alle blokkades van alle tafels, op kenmerk: zonder gegevens over de jeugdige of de inhoud van de casus.
      </Paragraph>
      {legalHolds.length === 0 ? (
        <Paragraph className="kt-empty">Er zijn geen juridische blokkades.</Paragraph>
      ) : (
        <div className="kt-table-scroll">
          <Table>
            <TableCaption>Juridische blokkades, nieuwste eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Tafel</TableHeaderCell>
                <TableHeaderCell scope="col">Motivering</TableHeaderCell>
                <TableHeaderCell scope="col">Geplaatst</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {legalHolds.map((hold) => (
                <TableRow key={hold.id}>
                  <TableCell>{hold.caseReference}</TableCell>
                  <TableCell>{hold.table}</TableCell>
                  <TableCell>{hold.motivation}</TableCell>
                  <TableCell>
                    {formatDateTime(hold.placedAt)} door {hold.placedBy}
                  </TableCell>
                  <TableCell>{hold.liftedAt ? `Beëindigd op ${formatDateTime(hold.liftedAt)}` : 'Actief: verwijderen gepauzeerd'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

import { useLoaderData, useLocation } from 'react-router';
import { Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import { groupsApi } from '../api/groups.ts';
import { protect } from '../app/protect.ts';
import { useSession } from '../app/session.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { AppLink, ButtonLinkTo } from '../components/Links.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formatDate } from '../i18n/format.ts';
import { groupStatusLabel } from '../i18n/groups.ts';

export const groupsLoader = protect(async () => {
  const [groups, tables] = await Promise.all([groupsApi.list(), api.myTables()]);
  return { groups: groups.groups, tables: tables.tables };
});

/**
 * `/groepen` (ZVT-2B): the groups the user may see — the chain director's tables, the groups the police registered,
 * and for core-group partners the groups in the group approach. The police and the chain director register a group.
 */
export function GroupsScreen() {
  const { groups, tables } = useLoaderData<typeof groupsLoader>();
  const { user } = useSession();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  useDocumentTitle('Groepen');
  const mayRegister =
    user.role === 'chain-director' || (user.role === 'partner-professional' && tables.some((t) => t.partners.some((p) => p.id === user.organisation.id && p.kind === 'police')));
  return (
    <>
      <Heading1>Groepen</Heading1>
      <SavedMessage message={saved} />
      <Paragraph>Groepsaanpak (fase 2B): een groepsscan van de politie, verrijkt in de kerngroep, met het besluit over het plan van aanpak.</Paragraph>
      {mayRegister && (
        <Paragraph>
          <ButtonLinkTo to="/groepen/registreren">Groep registreren</ButtonLinkTo>
        </Paragraph>
      )}
      {groups.length === 0 ? (
        <Paragraph className="kt-empty">Er zijn geen groepen die u kunt zien.</Paragraph>
      ) : (
        <div className="kt-table-scroll">
          <Table>
            <TableCaption className="kt-visually-hidden">Groepen</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Groep</TableHeaderCell>
                <TableHeaderCell scope="col">Gebied</TableHeaderCell>
                <TableHeaderCell scope="col">Tafel</TableHeaderCell>
                <TableHeaderCell scope="col">Stand</TableHeaderCell>
                <TableHeaderCell scope="col">Groepsleden</TableHeaderCell>
                <TableHeaderCell scope="col">Geregistreerd op</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {groups.map((g) => (
                <TableRow key={g.id}>
                  <TableCell className="kt-nowrap">
                    <AppLink to={`/groepen/${g.id}`}>{g.reference}</AppLink>
                  </TableCell>
                  <TableCell>{g.name}</TableCell>
                  <TableCell>{g.area}</TableCell>
                  <TableCell>{g.table.name}</TableCell>
                  <TableCell>{groupStatusLabel(g.phase, g.endState)}</TableCell>
                  <TableCell>{g.memberCount}</TableCell>
                  <TableCell>{formatDate(g.registeredOn)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

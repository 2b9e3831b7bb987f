import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { AppLink } from './Links.tsx';

/** The administrator's start: links to the management screens. Administrators see no case content. */
export function AdminStart() {
  useDocumentTitle('Beheer');
  return (
    <>
      <Heading1>Beheer</Heading1>
      <Paragraph>U beheert organisaties, tafels en gebruikers. Casusgegevens zijn voor beheerders niet zichtbaar.</Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          <AppLink to="/beheer/organisaties">Organisaties</AppLink>: ketenpartners die het convenant hebben ondertekend.
        </UnorderedListItem>
        <UnorderedListItem>
          <AppLink to="/beheer/tafels">Tafels</AppLink>: gemeente, werkproces, looptijd en deelnemende partners.
        </UnorderedListItem>
        <UnorderedListItem>
          <AppLink to="/beheer/gebruikers">Gebruikers</AppLink>: rol, organisatie, tafels en of het account actief is.
        </UnorderedListItem>
      </UnorderedList>
    </>
  );
}

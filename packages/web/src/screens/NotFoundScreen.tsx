import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { AppLink } from '../components/Links.tsx';

/** The 404 page. It never says whether a record exists but is hidden from the user. */
export function NotFoundScreen() {
  useDocumentTitle('Niet gevonden');
  return (
    <>
      <Heading1>Niet gevonden</Heading1>
      <Paragraph>Deze pagina bestaat niet, of u hebt er geen toegang toe.</Paragraph>
      <Paragraph>
        <AppLink to="/">Naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}

import { useSearchParams } from 'react-router';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { AppLink } from '../components/Links.tsx';

/**
 * `/aanmelding-verwijderd?kenmerk=…`: confirmation after "not admitted" (ZVT-1.3). The case no longer exists;
 * only its reference is shown, under which the referrer receives the advice.
 */
export function NotAdmittedScreen() {
  const [params] = useSearchParams();
  const reference = params.get('kenmerk');
  useDocumentTitle('Niet in behandeling genomen');
  return (
    <>
      <Heading1>Niet in behandeling genomen</Heading1>
      <Alert type="ok" role="status">
        <Paragraph>
          Niet in behandeling genomen; de gegevens zijn verwijderd.
          {reference && (
            <>
              {' '}
              Kenmerk: <strong>{reference}</strong>.
            </>
          )}
        </Paragraph>
      </Alert>
      <Paragraph>
        De aanmelder ontvangt het besluit, en uw advies als u dat hebt gegeven, onder dit kenmerk. Er blijft alleen een geanonimiseerde telling over.
      </Paragraph>
      <Paragraph>
        <AppLink to="/">Terug naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}

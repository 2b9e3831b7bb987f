import { useLoaderData, useNavigate, useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  ButtonLink,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { LoginOptions, Session } from '../api/types.ts';
import { PublicLayout } from '../components/Layout.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { AppLink } from '../components/Links.tsx';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { ROLE_LABELS } from '../i18n/labels.ts';

/**
 * Loads how one can log in. Public: no session needed. A session that still exists is fetched too, so
 * its CSRF token is known when the user logs in as someone else.
 */
export async function loginLoader(): Promise<{ options: LoginOptions; current: Session | undefined }> {
  const [options, current] = await Promise.all([api.loginOptions(), api.session().catch(() => undefined)]);
  return { options, current };
}

function DemoLogin({ users }: { readonly users: LoginOptions['demoUsers'] }) {
  const navigate = useNavigate();
  const login = useApiAction();
  return (
    <section aria-labelledby="demo-kop" className="kt-section">
      <Heading2 id="demo-kop">Demo-inloggen (alleen ontwikkeling)</Heading2>
      <Paragraph>Deze gebruikers en hun gegevens zijn verzonnen. In productie bestaat deze mogelijkheid niet.</Paragraph>
      <ProblemAlert problem={login.problem} />
      <Table>
        <TableCaption className="kt-visually-hidden">Demogebruikers</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Rol</TableHeaderCell>
            <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="kt-visually-hidden">Actie</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableCell>{user.displayName}</TableCell>
              <TableCell>{ROLE_LABELS[user.role]}</TableCell>
              <TableCell>{user.organisationName}</TableCell>
              <TableCell>
                <Button
                  appearance="secondary-action-button"
                  disabled={login.busy}
                  onClick={() => {
                    void login.run(() => api.demoLogin(user.id)).then(async (result) => {
                      if (result.ok) await navigate('/');
                    });
                  }}
                >
                  Inloggen als {user.displayName}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/**
 * Messages for the `?fout=` codes the server's OIDC callback redirects with. Only known codes are shown,
 * so a crafted link cannot put its own text in an official-looking error box.
 */
const LOGIN_FAILURES: Readonly<Record<string, string>> = {
  'mfa-required': 'Inloggen is gelukt, maar zonder meervoudige authenticatie. Log opnieuw in met een tweede factor.',
  forbidden: 'Uw account is niet bekend in Ketentafel. Neem contact op met de applicatiebeheerder.',
  'invalid-input': 'Inloggen mislukt: de inlogpoging is verlopen of niet in deze browser gestart. Probeer het opnieuw.',
  failed: 'Inloggen mislukt. Probeer het opnieuw of neem contact op met de applicatiebeheerder.',
};

/** /inloggen: login via the organisation's identity provider and, in development, as a demo user. */
export function LoginScreen() {
  const { options, current } = useLoaderData<typeof loginLoader>();
  const [params] = useSearchParams();
  const failure = LOGIN_FAILURES[params.get('fout') ?? ''];
  useDocumentTitle('Inloggen');

  return (
    <PublicLayout>
      <Heading1>Inloggen</Heading1>
      {failure && (
        <Alert type="error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {current && (
        <Alert type="info">
          <Paragraph>
            U bent ingelogd als {current.user.displayName}. <AppLink to="/">Ga naar de startpagina</AppLink>.
          </Paragraph>
        </Alert>
      )}
      <Paragraph>Ketentafel is alleen voor medewerkers van de ketenpartners van een Zorg- en Veiligheidstafel.</Paragraph>
      {options.oidc && (
        <section aria-labelledby="oidc-kop" className="kt-section">
          <Heading2 id="oidc-kop">Met uw organisatieaccount</Heading2>
          <ButtonLink appearance="primary-action-button" href="/auth/oidc/login">
            Inloggen via uw organisatie
          </ButtonLink>
        </section>
      )}
      {options.demoLogin && <DemoLogin users={options.demoUsers} />}
      {!options.oidc && !options.demoLogin && (
        <Alert type="warning">
          <Paragraph>Er is geen manier van inloggen ingesteld. Neem contact op met de applicatiebeheerder.</Paragraph>
        </Alert>
      )}
    </PublicLayout>
  );
}

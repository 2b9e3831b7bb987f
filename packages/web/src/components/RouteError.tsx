import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../api/client.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { NotFoundScreen } from '../screens/NotFoundScreen.tsx';
import { PublicLayout } from './Layout.tsx';
import { AppLink } from './Links.tsx';

function Failure({ status, detail }: { readonly status: number; readonly detail: string | undefined }) {
  const title = status === 403 ? 'Geen toegang' : 'Er ging iets mis';
  useDocumentTitle(title);
  return (
    <>
      <Heading1>{title}</Heading1>
      <Alert type="error">
        <Paragraph>{detail ?? 'De pagina kon niet worden geladen. Probeer het later opnieuw.'}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/">Naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}

/**
 * A route's error element: a 404 (including "no access", which looks the same, X-2) shows the not-found
 * page; other failures show the API's Dutch `detail`. `standalone` adds the page frame for routes outside
 * the logged-in layout.
 */
export function RouteError({ standalone = false }: { readonly standalone?: boolean }) {
  const error = useRouteError();
  const status = error instanceof ApiError ? error.status : isRouteErrorResponse(error) ? error.status : 500;
  const detail = error instanceof ApiError ? error.problem.detail : undefined;
  const content = status === 404 ? <NotFoundScreen /> : <Failure status={status} detail={detail} />;
  return standalone ? <PublicLayout>{content}</PublicLayout> : content;
}

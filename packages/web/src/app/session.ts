import { useRouteLoaderData } from 'react-router';
import type { Session } from '../api/types.ts';

/** Route id of the logged-in layout; its loader data is the session. */
export const APP_ROUTE_ID = 'app';

/** The logged-in user's session, loaded once by the layout route. Only valid below that route. */
export function useSession(): Session {
  const session = useRouteLoaderData<Session>(APP_ROUTE_ID);
  if (!session) throw new Error('useSession buiten de ingelogde omgeving');
  return session;
}
